<?php
/**
 * Plugin Name:       RPC Kit
 * Description:       Help families find the right help with parental conflict, with domestic abuse safety first: a block and shortcodes for the screener, DA check, signposter and help finder, with your council's config kept in Settings, RPC Kit.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            RPC Kit contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       rpc-kit
 *
 * @package RPC_Kit
 */

defined( 'ABSPATH' ) || exit;

define( 'RPC_KIT_VERSION', '0.1.0' );
define( 'RPC_KIT_FILE', __FILE__ );
define( 'RPC_KIT_DIR', plugin_dir_path( __FILE__ ) );
// The built element files (tests point this at stand-ins).
defined( 'RPC_KIT_CDN_DIR' ) || define( 'RPC_KIT_CDN_DIR', RPC_KIT_DIR . 'cdn/' );

require_once RPC_KIT_DIR . 'includes/class-rpc-kit-elements.php';
require_once RPC_KIT_DIR . 'includes/class-rpc-kit-config.php';
require_once RPC_KIT_DIR . 'includes/class-rpc-kit-plugin.php';
require_once RPC_KIT_DIR . 'includes/class-rpc-kit-settings.php';

RPC_Kit_Config::init();
RPC_Kit_Plugin::init();
RPC_Kit_Settings::init();
