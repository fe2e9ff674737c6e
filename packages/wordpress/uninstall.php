<?php
/**
 * Removes everything the plugin stored when it is deleted from Plugins: the config and its version.
 *
 * @package RPC_Kit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes the plugin's options from the current site.
 */
function rpc_kit_delete_options() {
	delete_option( 'rpc_kit_config' );
	delete_option( 'rpc_kit_config_version' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $rpc_kit_site ) {
		switch_to_blog( $rpc_kit_site );
		rpc_kit_delete_options();
		restore_current_blog();
	}
} else {
	rpc_kit_delete_options();
}
