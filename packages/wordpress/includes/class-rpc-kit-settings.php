<?php
/**
 * Settings, RPC Kit: where an administrator pastes or uploads the council's config.
 *
 * @package RPC_Kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page and its save handler.
 */
final class RPC_Kit_Settings {

	const PAGE       = 'rpc-kit';
	const ACTION     = 'rpc_kit_save_config';
	const CAPABILITY = 'manage_options';

	/**
	 * Hooks the page in.
	 */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_post_' . self::ACTION, array( __CLASS__, 'save' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( RPC_KIT_FILE ), array( __CLASS__, 'action_links' ) );
		add_action( 'admin_notices', array( __CLASS__, 'missing_files_notice' ) );
	}

	/**
	 * Tells administrators when the element files are missing (a copy of the source, not the release).
	 */
	public static function missing_files_notice() {
		if ( ! current_user_can( self::CAPABILITY ) || RPC_Kit_Elements::available() ) {
			return;
		}
		echo '<div class="notice notice-error"><p><strong>' . esc_html__( 'RPC Kit: the element files are missing', 'rpc-kit' ) . '</strong> ' .
			esc_html__( '(the plugin’s cdn folder is empty), so its blocks and shortcodes show nothing. Install the plugin from the release zip, rpc-kit-wordpress-<version>.zip.', 'rpc-kit' ) . '</p></div>';
	}

	/**
	 * Adds Settings, RPC Kit.
	 */
	public static function menu() {
		add_options_page( __( 'RPC Kit', 'rpc-kit' ), __( 'RPC Kit', 'rpc-kit' ), self::CAPABILITY, self::PAGE, array( __CLASS__, 'page' ) );
	}

	/**
	 * A "Settings" link beside the plugin on the Plugins page.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ) . '">' . esc_html__( 'Settings', 'rpc-kit' ) . '</a>' );
		return $links;
	}

	/**
	 * The settings page.
	 */
	public static function page() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change the RPC Kit settings.', 'rpc-kit' ), 403 );
		}
		$user    = get_current_user_id();
		$failed  = get_transient( 'rpc_kit_failed_' . $user );
		$status  = isset( $_GET['rpc-kit'] ) ? sanitize_key( wp_unslash( $_GET['rpc-kit'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses a message.
		$text    = is_array( $failed ) ? $failed['text'] : RPC_Kit_Config::json();
		$example = '{ "nation": "england", "council": { "name": "Our Council" } }';
		if ( is_array( $failed ) ) {
			delete_transient( 'rpc_kit_failed_' . $user );
		}

		echo '<div class="wrap"><h1>' . esc_html__( 'RPC Kit', 'rpc-kit' ) . '</h1>';
		if ( is_array( $failed ) ) {
			echo '<div class="notice notice-error" role="alert"><p><strong>' . esc_html__( 'The config was not saved.', 'rpc-kit' ) . '</strong> ' . esc_html( $failed['error'] ) . '</p></div>';
		} elseif ( 'saved' === $status ) {
			echo '<div class="notice notice-success" role="status"><p>' . esc_html__( 'Config saved. Every RPC Kit block and shortcode on this site now uses it.', 'rpc-kit' ) . '</p></div>';
		} elseif ( 'removed' === $status ) {
			echo '<div class="notice notice-warning" role="status"><p>' . esc_html__( 'Config removed: the elements show the national defaults for England.', 'rpc-kit' ) . '</p></div>';
		}

		echo '<p>' . esc_html__( 'Your council’s config tells every element your nation (for the right helpline), your offers, contacts and services, and where the quick exit goes. Paste it below or upload the .json file.', 'rpc-kit' ) . '</p>';
		echo '<form method="post" enctype="multipart/form-data" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		echo '<input type="hidden" name="action" value="' . esc_attr( self::ACTION ) . '" />';
		wp_nonce_field( self::ACTION );
		echo '<p><label for="rpc-kit-config"><strong>' . esc_html__( 'Config (JSON)', 'rpc-kit' ) . '</strong></label></p>';
		echo '<textarea id="rpc-kit-config" name="rpc_kit_config" rows="18" class="large-text code" spellcheck="false" placeholder="' . esc_attr( $example ) . '">' . esc_textarea( $text ) . '</textarea>';
		echo '<p><label for="rpc-kit-config-file">' . esc_html__( 'Or upload a config file (.json): it replaces the text above.', 'rpc-kit' ) . '</label><br />';
		echo '<input type="file" id="rpc-kit-config-file" name="rpc_kit_config_file" accept=".json,application/json" /></p>';
		submit_button( __( 'Save config', 'rpc-kit' ) );
		echo '</form>';

		echo '<h2>' . esc_html__( 'Where the elements read it', 'rpc-kit' ) . '</h2>';
		if ( RPC_Kit_Config::has_config() ) {
			$url = RPC_Kit_Config::url();
			echo '<p>' . esc_html__( 'The elements load the config from this address (it is public, like the page):', 'rpc-kit' ) . ' <a href="' . esc_url( $url ) . '"><code>' . esc_html( $url ) . '</code></a></p>';
		} else {
			echo '<p>' . esc_html__( 'No config is saved yet: the elements show the national defaults for England.', 'rpc-kit' ) . '</p>';
		}
		echo '<p>' . esc_html__( 'Put only what may be public in the config: every visitor’s browser reads it. If the config has a mistake, each element shows the webmaster a list of problems, each with where it is, and still shows the national helplines.', 'rpc-kit' ) . '</p>';

		echo '<h2>' . esc_html__( 'Adding an element to a page', 'rpc-kit' ) . '</h2>';
		echo '<p>' . esc_html__( 'In the block editor, add the “RPC Kit” block and choose the element. Or type a shortcode (in a Shortcode block, or anywhere in the classic editor):', 'rpc-kit' ) . '</p><ul>';
		foreach ( RPC_Kit_Elements::available() as $tag => $element ) {
			echo '<li><code>[' . esc_html( RPC_Kit_Elements::shortcode( $tag ) ) . ']</code> ' . esc_html( $element['label'] ) . '</li>';
		}
		echo '</ul><p>' . esc_html__( 'Examples:', 'rpc-kit' ) . ' <code>[rpc_da_check audience="practitioner"]</code> <code>[rpc_signposter mode="list"]</code> <code>[rpc_help_finder need="separating" feed="https://directory.example.gov.uk/api/services"]</code> <code>[rpc_help_finder mode="poster" page-url="https://example.org/help" poster-id="school-gates"]</code></p>';
		echo '</div>';
	}

	/**
	 * Saves the config: administrators only, with a valid nonce, and only if it is JSON.
	 */
	public static function save() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change the RPC Kit settings.', 'rpc-kit' ), 403 );
		}
		check_admin_referer( self::ACTION );

		$text = isset( $_POST['rpc_kit_config'] ) ? wp_unslash( $_POST['rpc_kit_config'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON, checked below and never printed unescaped.
		$file = self::uploaded_file();
		if ( null !== $file ) {
			$text = $file;
		}
		$checked = RPC_Kit_Config::check( is_string( $text ) ? $text : '' );
		$page    = admin_url( 'options-general.php?page=' . self::PAGE );
		if ( ! $checked['ok'] ) {
			set_transient(
				'rpc_kit_failed_' . get_current_user_id(),
				array(
					'text'  => is_string( $text ) ? $text : '',
					'error' => $checked['error'],
				),
				10 * MINUTE_IN_SECONDS
			);
			wp_safe_redirect( add_query_arg( 'rpc-kit', 'error', $page ) );
			exit;
		}
		RPC_Kit_Config::save( $checked['json'] );
		wp_safe_redirect( add_query_arg( 'rpc-kit', '' === $checked['json'] ? 'removed' : 'saved', $page ) );
		exit;
	}

	/**
	 * The text of an uploaded config file, or null when none was uploaded.
	 *
	 * @return string|null
	 */
	private static function uploaded_file() {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- checked in save().
		$file = isset( $_FILES['rpc_kit_config_file'] ) && is_array( $_FILES['rpc_kit_config_file'] ) ? $_FILES['rpc_kit_config_file'] : null;
		if ( ! $file || ! isset( $file['error'], $file['tmp_name'] ) || UPLOAD_ERR_OK !== (int) $file['error'] ) {
			return null;
		}
		if ( ! is_uploaded_file( $file['tmp_name'] ) ) {
			return null;
		}
		$text = file_get_contents( $file['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local temporary file.
		return false === $text ? null : $text;
	}
}
