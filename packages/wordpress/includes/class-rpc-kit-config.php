<?php
/**
 * The council's config: kept in an option, checked on save, served as JSON at a REST route.
 *
 * The config is never written into a post: every element reads it from its `config-src` address,
 * so if an element were ever removed from a page, no part of the config (a MARAC email, say)
 * could be left showing as text.
 *
 * @package RPC_Kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The config option and its REST route.
 */
final class RPC_Kit_Config {

	const OPTION         = 'rpc_kit_config';
	const VERSION_OPTION = 'rpc_kit_config_version';
	const REST_NAMESPACE = 'rpc-kit/v1';
	const REST_ROUTE     = '/config';
	const MAX_BYTES      = 1048576;

	/**
	 * Hooks the REST route in.
	 */
	public static function init() {
		add_action( 'rest_api_init', array( __CLASS__, 'register_route' ) );
	}

	/**
	 * Whether a config has been saved.
	 *
	 * @return bool
	 */
	public static function has_config() {
		return '' !== (string) get_option( self::OPTION, '' );
	}

	/**
	 * The saved config, as JSON text ('' when none).
	 *
	 * @return string
	 */
	public static function json() {
		return (string) get_option( self::OPTION, '' );
	}

	/**
	 * The address the elements load the config from; it changes whenever the config does, so no
	 * browser or cache keeps an old one.
	 *
	 * @return string
	 */
	public static function url() {
		return add_query_arg( 'v', (string) get_option( self::VERSION_OPTION, '0' ), rest_url( self::REST_NAMESPACE . self::REST_ROUTE ) );
	}

	/**
	 * Checks a config's text: JSON, an object at the top, at most 1 MB.
	 *
	 * @param string $text The text an administrator pasted or uploaded.
	 * @return array{ok: bool, json?: string, error?: string}
	 */
	public static function check( $text ) {
		$text = (string) $text;
		if ( strlen( $text ) > self::MAX_BYTES ) {
			return array(
				'ok'    => false,
				'error' => __( 'The config is larger than 1 MB.', 'rpc-kit' ),
			);
		}
		$text = preg_replace( '/^\xEF\xBB\xBF/', '', $text ); // A byte order mark from Windows Notepad.
		if ( '' === trim( $text ) ) {
			return array(
				'ok'   => true,
				'json' => '',
			);
		}
		$data = json_decode( $text, false, 512 );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return array(
				'ok'    => false,
				/* translators: %s: what PHP's JSON reader said, e.g. "Syntax error". */
				'error' => sprintf( __( 'This is not valid JSON (%s). Check for a missing comma or quote, or a comma after the last item.', 'rpc-kit' ), json_last_error_msg() ),
			);
		}
		if ( ! is_object( $data ) ) {
			return array(
				'ok'    => false,
				'error' => __( 'The config must be a JSON object: it starts with { and ends with }.', 'rpc-kit' ),
			);
		}
		$json = wp_json_encode( $data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		return array(
			'ok'   => true,
			'json' => '{}' === $json || '[]' === $json ? '{}' : $json,
		);
	}

	/**
	 * Saves a checked config (or removes it when empty).
	 *
	 * @param string $json JSON from `check()`.
	 */
	public static function save( $json ) {
		if ( '' === $json ) {
			delete_option( self::OPTION );
			delete_option( self::VERSION_OPTION );
			return;
		}
		update_option( self::OPTION, $json, true );
		update_option( self::VERSION_OPTION, substr( md5( $json ), 0, 12 ), true );
	}

	/**
	 * The public route: GET /wp-json/rpc-kit/v1/config.
	 */
	public static function register_route() {
		register_rest_route(
			self::REST_NAMESPACE,
			self::REST_ROUTE,
			array(
				'methods'             => 'GET',
				'callback'            => array( __CLASS__, 'serve' ),
				// The config is what every visitor's browser reads to show the element: it is public by design.
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * The config as JSON (`application/json`), or a 404 naming where to set it.
	 *
	 * @return WP_REST_Response|WP_Error
	 */
	public static function serve() {
		$json = self::json();
		if ( '' === $json ) {
			return new WP_Error( 'rpc_kit_no_config', __( 'No RPC Kit config has been saved: an administrator can add one in Settings, RPC Kit.', 'rpc-kit' ), array( 'status' => 404 ) );
		}
		$response = new WP_REST_Response( json_decode( $json, false ) );
		$response->header( 'Cache-Control', 'public, max-age=300' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	}
}
