<?php
/**
 * Just enough of WordPress for unit tests of the plugin's own logic. The escaping functions
 * follow WordPress's rules closely enough for the tests' inputs; the real WordPress is checked
 * from outside by test/e2e/check-wordpress.sh.
 *
 * @package RPC_Kit
 */

// phpcs:disable

define( 'ABSPATH', __DIR__ . '/' );
define( 'MINUTE_IN_SECONDS', 60 );
define( 'WP_PLUGIN_URL', 'https://council.example/wp-content/plugins' );

/** What the stubs saw: hooks, shortcodes, options, scripts, styles, redirects. */
final class WP_Stub {
	public static $actions    = array();
	public static $filters    = array();
	public static $shortcodes = array();
	public static $options    = array();
	public static $transients = array();
	public static $scripts    = array();
	public static $styles     = array();
	public static $inline     = array();
	public static $routes     = array();
	public static $blocks     = array();
	public static $caps       = array();
	public static $nonce_ok   = true;
	public static $admin_bar  = false;
	public static $user       = 7;

	public static function reset() {
		foreach ( array( 'actions', 'filters', 'shortcodes', 'options', 'transients', 'scripts', 'styles', 'inline', 'routes', 'blocks', 'caps' ) as $k ) {
			self::$$k = array();
		}
		self::$nonce_ok  = true;
		self::$admin_bar = false;
	}
}

class WP_Stub_Exit extends Exception {}
class WP_Stub_Redirect extends WP_Stub_Exit {
	public $location;
	public function __construct( $location ) {
		parent::__construct( 'redirect to ' . $location );
		$this->location = $location;
	}
}
class WP_Stub_Die extends WP_Stub_Exit {
	public $status;
	public function __construct( $message, $status ) {
		parent::__construct( (string) $message );
		$this->status = $status;
	}
}

class WP_Error {
	public $code;
	public $message;
	public $data;
	public function __construct( $code = '', $message = '', $data = '' ) {
		$this->code    = $code;
		$this->message = $message;
		$this->data    = $data;
	}
}
class WP_REST_Response {
	public $data;
	public $headers = array();
	public function __construct( $data = null ) {
		$this->data = $data;
	}
	public function header( $key, $value ) {
		$this->headers[ $key ] = $value;
	}
}

function add_action( $hook, $callback, $priority = 10, $args = 1 ) {
	WP_Stub::$actions[ $hook ][] = array( $callback, $priority );
	return true;
}
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) {
	WP_Stub::$filters[ $hook ][] = array( $callback, $priority );
	return true;
}
function apply_filters( $hook, $value, ...$args ) {
	foreach ( WP_Stub::$filters[ $hook ] ?? array() as $filter ) {
		$value = call_user_func( $filter[0], $value, ...$args );
	}
	return $value;
}
function do_action( $hook, ...$args ) {
	foreach ( WP_Stub::$actions[ $hook ] ?? array() as $action ) {
		call_user_func( $action[0], ...$args );
	}
}
function add_shortcode( $tag, $callback ) {
	WP_Stub::$shortcodes[ $tag ] = $callback;
}
function __( $text, $domain = 'default' ) {
	return $text;
}
function esc_html__( $text, $domain = 'default' ) {
	return esc_html( $text );
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}
function esc_textarea( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
/** WordPress's esc_url: only known protocols or relative links; unsafe characters removed; & as &#038;. */
function esc_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	$url = preg_replace( '|[^a-z0-9-~+_.?#=!&;,/:%@$\|*\'()\[\]\\x80-\\xff]|i', '', $url );
	$url = str_replace( array( "'", '&amp;' ), array( '&#039;', '&' ), $url );
	$url = str_replace( '&', '&#038;', $url );
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $url, $m ) && ! in_array( strtolower( $m[1] ), array( 'http', 'https', 'mailto', 'tel' ), true ) ) {
		return '';
	}
	return $url;
}
function sanitize_key( $key ) {
	return preg_replace( '/[^a-z0-9_\-]/', '', strtolower( (string) $key ) );
}
function wp_unslash( $value ) {
	return is_string( $value ) ? stripslashes( $value ) : $value;
}
function wp_json_encode( $data, $options = 0, $depth = 512 ) {
	return json_encode( $data, $options, $depth );
}
function plugin_dir_path( $file ) {
	return rtrim( dirname( $file ), '/' ) . '/';
}
function plugin_basename( $file ) {
	return basename( dirname( $file ) ) . '/' . basename( $file );
}
function plugins_url( $path, $file ) {
	return WP_PLUGIN_URL . '/' . basename( dirname( $file ) ) . '/' . ltrim( $path, '/' );
}
function admin_url( $path = '' ) {
	return 'https://council.example/wp-admin/' . ltrim( $path, '/' );
}
function rest_url( $path = '' ) {
	return 'https://council.example/wp-json/' . ltrim( $path, '/' );
}
function add_query_arg( $key, $value, $url ) {
	return $url . ( false === strpos( $url, '?' ) ? '?' : '&' ) . rawurlencode( $key ) . '=' . rawurlencode( $value );
}
function get_option( $name, $default = false ) {
	return array_key_exists( $name, WP_Stub::$options ) ? WP_Stub::$options[ $name ] : $default;
}
function update_option( $name, $value, $autoload = null ) {
	WP_Stub::$options[ $name ] = $value;
	return true;
}
function delete_option( $name ) {
	unset( WP_Stub::$options[ $name ] );
	return true;
}
function set_transient( $name, $value, $expires = 0 ) {
	WP_Stub::$transients[ $name ] = $value;
	return true;
}
function get_transient( $name ) {
	return WP_Stub::$transients[ $name ] ?? false;
}
function delete_transient( $name ) {
	unset( WP_Stub::$transients[ $name ] );
	return true;
}
function current_user_can( $cap ) {
	return in_array( $cap, WP_Stub::$caps, true );
}
function get_current_user_id() {
	return WP_Stub::$user;
}
function check_admin_referer( $action ) {
	if ( ! WP_Stub::$nonce_ok ) {
		throw new WP_Stub_Die( 'The link you followed has expired.', 403 );
	}
	return 1;
}
function wp_die( $message = '', $title = '', $args = array() ) {
	throw new WP_Stub_Die( $message, is_int( $title ) ? $title : 500 );
}
function wp_safe_redirect( $location ) {
	throw new WP_Stub_Redirect( $location );
}
function wp_nonce_field( $action ) {
	echo '<input type="hidden" name="_wpnonce" value="nonce-' . esc_attr( $action ) . '" />';
}
function submit_button( $text ) {
	echo '<input type="submit" value="' . esc_attr( $text ) . '" />';
}
function add_options_page( ...$args ) {
	return 'settings_page_rpc-kit';
}
function register_rest_route( $namespace, $route, $args ) {
	WP_Stub::$routes[ $namespace . $route ] = $args;
}
function register_block_type( $path, $args ) {
	WP_Stub::$blocks[ $path ] = $args;
}
function get_block_wrapper_attributes() {
	return 'class="wp-block-rpc-kit-element"';
}
function wp_enqueue_script( $handle, $src, $deps = array(), $ver = false, $footer = false ) {
	WP_Stub::$scripts[ $handle ] = array( $src, $footer );
}
function wp_enqueue_style( $handle, $src, $deps = array(), $ver = false, $media = 'all' ) {
	WP_Stub::$styles[ $handle ] = array( $src, $media );
}
function wp_add_inline_style( $handle, $css ) {
	WP_Stub::$inline[ $handle ][] = $css;
}
function wp_add_inline_script( $handle, $js, $position = 'after' ) {
	WP_Stub::$inline[ $handle ][] = $js;
}
function is_admin_bar_showing() {
	return WP_Stub::$admin_bar;
}
