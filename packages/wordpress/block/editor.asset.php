<?php
/**
 * What the block's editor script needs (WordPress reads this beside editor.js; no build step).
 *
 * @package RPC_Kit
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
