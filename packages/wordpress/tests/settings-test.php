<?php
/**
 * The settings page, saving the config, the REST route and uninstalling.
 *
 * @package RPC_Kit
 */

// phpcs:disable

/** Posts the settings form as a browser would; returns where it redirected. */
function rpc_kit_test_post( $text ) {
	$_POST  = array( 'rpc_kit_config' => addslashes( $text ) ); // WordPress adds slashes to $_POST.
	$_FILES = array();
	$e      = Assert::throws( 'WP_Stub_Redirect', array( 'RPC_Kit_Settings', 'save' ) );
	return $e->location;
}

function test_valid_json_is_saved_and_served_as_json() {
	WP_Stub::$caps = array( 'manage_options' );
	$location      = rpc_kit_test_post( "\xEF\xBB\xBF{\"nation\": \"wales\", \"quickExit\": {\"url\": \"https://www.bbc.co.uk/weather\"}, \"strings\": {}}" );
	Assert::same( 'https://council.example/wp-admin/options-general.php?page=rpc-kit&rpc-kit=saved', $location );
	$saved = get_option( 'rpc_kit_config' );
	Assert::same( array( 'nation' => 'wales', 'quickExit' => array( 'url' => 'https://www.bbc.co.uk/weather' ), 'strings' => array() ), json_decode( $saved, true ) );
	Assert::contains( '"strings": {}', $saved, 'an empty object stays an object' );
	Assert::true( 12 === strlen( get_option( 'rpc_kit_config_version' ) ) );

	RPC_Kit_Config::register_route();
	$route = WP_Stub::$routes['rpc-kit/v1/config'];
	Assert::same( 'GET', $route['methods'] );
	Assert::same( '__return_true', $route['permission_callback'] );
	$response = call_user_func( $route['callback'] );
	Assert::true( $response instanceof WP_REST_Response );
	Assert::same( '{"nation":"wales","quickExit":{"url":"https://www.bbc.co.uk/weather"},"strings":{}}', json_encode( $response->data, JSON_UNESCAPED_SLASHES ) );
}

function test_the_config_address_changes_when_the_config_does() {
	RPC_Kit_Config::save( '{"nation":"wales"}' );
	$first = RPC_Kit_Config::url();
	RPC_Kit_Config::save( '{"nation":"scotland"}' );
	Assert::true( $first !== RPC_Kit_Config::url() );
	Assert::contains( 'https://council.example/wp-json/rpc-kit/v1/config?v=', $first );
}

function test_text_that_is_not_json_is_refused_and_kept_for_the_next_try() {
	WP_Stub::$caps = array( 'manage_options' );
	RPC_Kit_Config::save( '{"nation":"wales"}' );
	$location = rpc_kit_test_post( '{"nation": "wales",}' );
	Assert::contains( 'rpc-kit=error', $location );
	Assert::same( '{"nation":"wales"}', get_option( 'rpc_kit_config' ), 'the saved config is unchanged' );
	$failed = get_transient( 'rpc_kit_failed_7' );
	Assert::same( '{"nation": "wales",}', $failed['text'] );
	Assert::contains( 'not valid JSON (Syntax error)', $failed['error'] );

	ob_start();
	RPC_Kit_Settings::page();
	$page = ob_get_clean();
	Assert::contains( 'The config was not saved.', $page );
	Assert::contains( '&quot;wales&quot;,}</textarea>', $page, 'the text comes back to be fixed' );
	Assert::same( false, get_transient( 'rpc_kit_failed_7' ), 'shown once' );

	foreach ( array( '[1, 2]', '"text"', '42' ) as $not_object ) {
		Assert::contains( 'must be a JSON object', RPC_Kit_Config::check( $not_object )['error'] );
	}
	Assert::contains( 'larger than 1 MB', RPC_Kit_Config::check( '{"a":"' . str_repeat( 'x', 1048576 ) . '"}' )['error'] );
}

function test_an_empty_box_removes_the_config() {
	WP_Stub::$caps = array( 'manage_options' );
	RPC_Kit_Config::save( '{"nation":"wales"}' );
	Assert::contains( 'rpc-kit=removed', rpc_kit_test_post( "  \n" ) );
	Assert::same( false, get_option( 'rpc_kit_config' ) );
	Assert::same( false, RPC_Kit_Config::has_config() );
	$served = RPC_Kit_Config::serve();
	Assert::true( $served instanceof WP_Error && 404 === $served->data['status'] );
}

function test_only_administrators_with_a_valid_nonce_can_save() {
	WP_Stub::$caps = array( 'edit_posts', 'publish_posts' ); // An Author or Editor.
	$_POST         = array( 'rpc_kit_config' => '{"nation":"wales"}' );
	$e             = Assert::throws( 'WP_Stub_Die', array( 'RPC_Kit_Settings', 'save' ) );
	Assert::same( 403, $e->status );
	Assert::same( false, get_option( 'rpc_kit_config' ) );

	WP_Stub::$caps     = array( 'manage_options' );
	WP_Stub::$nonce_ok = false;
	Assert::throws( 'WP_Stub_Die', array( 'RPC_Kit_Settings', 'save' ) );
	Assert::same( false, get_option( 'rpc_kit_config' ) );

	WP_Stub::$caps = array();
	Assert::throws( 'WP_Stub_Die', array( 'RPC_Kit_Settings', 'page' ) );
}

function test_the_settings_page_escapes_the_config_and_carries_a_nonce() {
	WP_Stub::$caps = array( 'manage_options' );
	RPC_Kit_Config::save( '{"council":{"name":"</textarea><script>alert(1)</script>"}}' );
	ob_start();
	RPC_Kit_Settings::page();
	$page = ob_get_clean();
	Assert::not_contains( '<script>', $page );
	Assert::contains( '&lt;/textarea&gt;&lt;script&gt;', $page );
	Assert::contains( 'name="_wpnonce" value="nonce-rpc_kit_save_config"', $page );
	Assert::contains( 'name="action" value="rpc_kit_save_config"', $page );
	Assert::contains( 'enctype="multipart/form-data"', $page );
	Assert::contains( '<code>[rpc_help_finder]</code>', $page );
}

function test_uninstall_removes_the_options() {
	RPC_Kit_Config::save( '{"nation":"wales"}' );
	update_option( 'unrelated', 'kept' );
	define( 'WP_UNINSTALL_PLUGIN', 'rpc-kit/rpc-kit.php' );
	if ( ! function_exists( 'is_multisite' ) ) {
		function is_multisite() {
			return false;
		}
	}
	require RPC_KIT_DIR . 'uninstall.php';
	Assert::same( array( 'unrelated' => 'kept' ), WP_Stub::$options );
}

function test_administrators_are_told_when_the_element_files_are_missing() {
	WP_Stub::$caps = array( 'manage_options' );
	ob_start();
	RPC_Kit_Settings::missing_files_notice();
	Assert::same( '', ob_get_clean(), 'no notice while the files are there' );
	add_filter(
		'rpc_kit_elements',
		function () {
			// Only an element whose file is not in cdn/, as in a copy of the source without a build.
			return array(
				'rpc-not-built' => array(
					'label'      => 'Not built',
					'attributes' => array( 'config' ),
					'modes'      => array(),
				),
			);
		}
	);
	ob_start();
	RPC_Kit_Settings::missing_files_notice();
	Assert::contains( 'the element files are missing', ob_get_clean() );
}
