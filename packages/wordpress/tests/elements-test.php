<?php
/**
 * Shortcodes, the block, and what a page with an element loads.
 *
 * @package RPC_Kit
 */

// phpcs:disable

/** A shortcode as WordPress would run it. */
function rpc_kit_test_shortcode( $name, $atts = array() ) {
	RPC_Kit_Plugin::register();
	Assert::true( isset( WP_Stub::$shortcodes[ $name ] ), "[$name] is registered" );
	return call_user_func( WP_Stub::$shortcodes[ $name ], $atts, '', $name );
}

function test_a_shortcode_for_each_built_element_and_none_for_an_element_not_built() {
	RPC_Kit_Plugin::register();
	$names = array_keys( WP_Stub::$shortcodes );
	sort( $names );
	Assert::same( array( 'rpc_da_check', 'rpc_help_finder', 'rpc_screener', 'rpc_signposter' ), $names );
	Assert::true( ! isset( WP_Stub::$shortcodes['rpc_practice_audit'] ), 'the practice audit waits for its file' );
}

function test_adding_an_element_is_one_entry() {
	add_filter(
		'rpc_kit_elements',
		function ( $elements ) {
			$elements['rpc-screener-lite'] = array(
				'label'      => 'Lite',
				'attributes' => array( 'config', 'mode' ),
				'modes'      => array( 'a', 'b' ),
			);
			return $elements;
		}
	);
	file_put_contents( RPC_KIT_CDN_DIR . 'rpc-screener-lite.js', '// stand-in' );
	try {
		Assert::same( '<rpc-screener-lite class="rpc-kit-element" mode="b"></rpc-screener-lite>', rpc_kit_test_shortcode( 'rpc_screener_lite', array( 'mode' => 'b' ) ) );
	} finally {
		unlink( RPC_KIT_CDN_DIR . 'rpc-screener-lite.js' );
	}
}

function test_the_shortcodes_in_the_docs_give_the_elements_tags() {
	Assert::same( '<rpc-screener class="rpc-kit-element"></rpc-screener>', rpc_kit_test_shortcode( 'rpc_screener' ) );
	Assert::same( '<rpc-da-check class="rpc-kit-element" audience="practitioner"></rpc-da-check>', rpc_kit_test_shortcode( 'rpc_da_check', array( 'audience' => 'practitioner' ) ) );
	Assert::same( '<rpc-signposter class="rpc-kit-element" mode="list"></rpc-signposter>', rpc_kit_test_shortcode( 'rpc_signposter', array( 'mode' => 'list' ) ) );
	Assert::same(
		'<rpc-help-finder class="rpc-kit-element" need="separating" feed-src="https://directory.example.gov.uk/api/services?a=1&#038;b=2"></rpc-help-finder>',
		rpc_kit_test_shortcode(
			'rpc_help_finder',
			array(
				'need' => 'separating',
				'feed' => 'https://directory.example.gov.uk/api/services?a=1&b=2',
			)
		)
	);
	Assert::same(
		'<rpc-help-finder class="rpc-kit-element rpc-kit-poster" mode="poster" page-url="https://school.example/help" poster-id="gates-2026"></rpc-help-finder>',
		rpc_kit_test_shortcode(
			'rpc_help_finder',
			array(
				'mode'      => 'poster',
				'page_url'  => 'https://school.example/help',
				'poster-id' => 'gates-2026',
			)
		)
	);
	Assert::same( '<rpc-signposter class="rpc-kit-element" screened></rpc-signposter>', rpc_kit_test_shortcode( 'rpc_signposter', array( 'screened' => 'yes' ) ) );
}

function test_hostile_values_never_reach_the_page_unescaped() {
	WP_Stub::$caps = array();
	$out = rpc_kit_test_shortcode(
		'rpc_help_finder',
		array(
			'config'    => 'javascript:alert(1)',
			'feed'      => 'https://x.example/"><script>alert(1)</script>',
			'poster-id' => '"><img src=x onerror=alert(1)>',
			'need'      => '"><script>alert(1)</script>',
			'onload'    => 'alert(1)',
			'mode'      => 'poster" onmouseover="alert(1)',
		)
	);
	Assert::not_contains( '<script', $out );
	Assert::not_contains( '<img', $out );
	Assert::not_contains( 'javascript:', $out );
	Assert::not_contains( 'onload', $out );
	Assert::not_contains( 'onmouseover', $out );
	Assert::true( 1 === preg_match( '/^<rpc-help-finder( [a-z-]+="[^"<>]*")*><\/rpc-help-finder>$/', $out ), 'one tag, every value quoted: ' . $out );
	Assert::contains( 'poster-id="imgsrcxonerroralert1"', $out );
	Assert::contains( 'feed-src="https://x.example/scriptalert(1)/script"', $out );
	Assert::not_contains( 'rpc-kit-note', $out, 'visitors see no note' );
}

function test_mistakes_are_named_for_editors_only() {
	WP_Stub::$caps = array( 'edit_posts' );
	$out           = rpc_kit_test_shortcode(
		'rpc_help_finder',
		array(
			'need'     => 'money',
			'audiance' => 'practitioner',
		)
	);
	Assert::contains( '<rpc-help-finder class="rpc-kit-element"></rpc-help-finder>', $out );
	Assert::contains( 'need=&quot;money&quot; is not one of: conflict-together, separating, new-baby, domestic-abuse, children-wellbeing.', $out );
	Assert::contains( 'audiance is not an attribute of rpc-help-finder.', $out );
	Assert::contains( 'there is no element called rpc-unknown', RPC_Kit_Plugin::render_element( 'rpc-unknown', array() ) );
	WP_Stub::$caps = array();
	Assert::same( '', RPC_Kit_Plugin::render_element( 'rpc-unknown', array() ), 'visitors see nothing' );
}

function test_the_saved_config_is_the_default_and_a_config_attribute_wins() {
	RPC_Kit_Config::save( '{"nation":"wales"}' );
	$version = get_option( 'rpc_kit_config_version' );
	Assert::same( "<rpc-screener class=\"rpc-kit-element\" config-src=\"https://council.example/wp-json/rpc-kit/v1/config?v=$version\"></rpc-screener>", rpc_kit_test_shortcode( 'rpc_screener' ) );
	Assert::same( '<rpc-screener class="rpc-kit-element" config-src="/wp-content/uploads/rpc-kit/other.json"></rpc-screener>', rpc_kit_test_shortcode( 'rpc_screener', array( 'config' => '/wp-content/uploads/rpc-kit/other.json' ) ) );
}

function test_the_block_renders_the_chosen_element_in_its_wrapper() {
	RPC_Kit_Plugin::register();
	$block = WP_Stub::$blocks[ RPC_KIT_DIR . 'block' ];
	Assert::same( 'rpc-screener', $block['attributes']['element']['default'] );
	Assert::true( isset( $block['attributes']['page-url'], $block['attributes']['need'] ), 'every attribute is a block attribute' );
	$html = call_user_func(
		$block['render_callback'],
		array(
			'element'  => 'rpc-help-finder',
			'need'     => 'new-baby',
			'audience' => '',
			'mode'     => '',
		)
	);
	Assert::same( '<div class="wp-block-rpc-kit-element"><rpc-help-finder class="rpc-kit-element" need="new-baby"></rpc-help-finder></div>', $html );
	Assert::contains( '"rpc-help-finder"', implode( '', WP_Stub::$inline['rpc-kit-element-editor-script'] ), 'the editor is told the elements' );
}

function test_the_block_json_names_the_block_and_its_editor_script() {
	$meta = json_decode( file_get_contents( RPC_KIT_DIR . 'block/block.json' ), true );
	Assert::same( 'rpc-kit/element', $meta['name'] );
	Assert::same( 'file:./editor.js', $meta['editorScript'] );
	$asset = require RPC_KIT_DIR . 'block/editor.asset.php';
	Assert::same( array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ), $asset['dependencies'] );
}

function test_nothing_is_loaded_on_a_page_without_an_element() {
	RPC_Kit_Plugin::enqueue_used();
	Assert::same( array(), WP_Stub::$scripts );
	Assert::same( array(), WP_Stub::$styles );
}

function test_each_kind_of_element_loads_its_own_file_once() {
	rpc_kit_test_shortcode( 'rpc_screener' );
	rpc_kit_test_shortcode( 'rpc_screener', array( 'audience' => 'practitioner' ) );
	RPC_Kit_Plugin::enqueue_used();
	Assert::same( array( 'rpc-kit-rpc-screener' ), array_keys( WP_Stub::$scripts ) );
	Assert::same( array( 'https://council.example/wp-content/plugins/wordpress/cdn/rpc-screener.js', true ), WP_Stub::$scripts['rpc-kit-rpc-screener'] );

	WP_Stub::reset();
	RPC_Kit_Plugin::reset();
	rpc_kit_test_shortcode( 'rpc_screener' );
	rpc_kit_test_shortcode( 'rpc_signposter', array( 'mode' => 'list' ) );
	RPC_Kit_Plugin::enqueue_used();
	// Their files share the chunks in cdn/chunks/, so the shared code loads once.
	Assert::same( array( 'rpc-kit-rpc-screener', 'rpc-kit-rpc-signposter' ), array_keys( WP_Stub::$scripts ) );
	Assert::contains( '/cdn/rpc-signposter.js', WP_Stub::$scripts['rpc-kit-rpc-signposter'][0] );
}

function test_the_script_tag_is_a_module_and_other_tags_are_left_alone() {
	rpc_kit_test_shortcode( 'rpc_screener' );
	RPC_Kit_Plugin::enqueue_used();
	// WordPress 6.1 as a block theme prints it like this (a classic theme may add type='text/javascript').
	$tag = "<script>var before = 1;</script>\n<script type='text/javascript' src='https://council.example/wp-content/plugins/rpc-kit/cdn/rpc-screener.js?ver=0.1.0' id='rpc-kit-rpc-screener-js'></script>\n";
	Assert::same(
		"<script>var before = 1;</script>\n<script type=\"module\" src='https://council.example/wp-content/plugins/rpc-kit/cdn/rpc-screener.js?ver=0.1.0' id='rpc-kit-rpc-screener-js'></script>\n",
		RPC_Kit_Plugin::module_tag( $tag, 'rpc-kit-rpc-screener' )
	);
	$other = "<script src='https://council.example/theme.js' id='theme-js'></script>\n";
	Assert::same( $other, RPC_Kit_Plugin::module_tag( $other, 'theme' ) );
}

function test_the_quick_exit_sits_below_the_admin_toolbar_only_when_it_shows() {
	rpc_kit_test_shortcode( 'rpc_screener' );
	RPC_Kit_Plugin::enqueue_used();
	Assert::true( ! isset( WP_Stub::$inline['rpc-kit'] ), 'no offset for visitors' );

	WP_Stub::reset();
	RPC_Kit_Plugin::reset();
	WP_Stub::$admin_bar = true;
	rpc_kit_test_shortcode( 'rpc_screener' );
	RPC_Kit_Plugin::enqueue_used();
	$css = implode( '', WP_Stub::$inline['rpc-kit'] );
	Assert::contains( '.rpc-kit-element{--rpc-quick-exit-top:32px}', $css );
	Assert::contains( '@media screen and (max-width:782px){.rpc-kit-element{--rpc-quick-exit-top:46px}}', $css );
	Assert::contains( 'var(--rpc-quick-exit-top', file_get_contents( RPC_KIT_DIR . 'assets/rpc-kit.css' ) );
}

function test_the_poster_print_sheet_loads_only_with_a_poster() {
	rpc_kit_test_shortcode( 'rpc_help_finder' );
	RPC_Kit_Plugin::enqueue_used();
	Assert::true( ! isset( WP_Stub::$styles['rpc-kit-poster-print'] ), 'a list prints as the theme prints it' );

	WP_Stub::reset();
	RPC_Kit_Plugin::reset();
	rpc_kit_test_shortcode( 'rpc_help_finder', array( 'mode' => 'poster' ) );
	RPC_Kit_Plugin::enqueue_used();
	Assert::same( 'print', WP_Stub::$styles['rpc-kit-poster-print'][1] );
	$css = file_get_contents( RPC_KIT_DIR . 'assets/poster-print.css' );
	Assert::contains( 'size: A4 portrait', $css );
	Assert::contains( 'body :not(.rpc-kit-poster, :has(.rpc-kit-poster))', $css );
}

function test_the_hooks_are_in_place() {
	WP_Stub::reset();
	RPC_Kit_Config::init();
	RPC_Kit_Plugin::init();
	RPC_Kit_Settings::init();
	Assert::true( isset( WP_Stub::$actions['init'], WP_Stub::$actions['wp_footer'], WP_Stub::$actions['rest_api_init'], WP_Stub::$actions['admin_menu'] ) );
	Assert::same( 1, WP_Stub::$actions['wp_footer'][0][1], 'before the footer scripts print (priority 20)' );
	Assert::true( isset( WP_Stub::$actions['admin_post_rpc_kit_save_config'], WP_Stub::$filters['script_loader_tag'] ) );
}
