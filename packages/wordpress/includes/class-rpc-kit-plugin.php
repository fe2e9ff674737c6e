<?php
/**
 * Shortcodes, the block, and the scripts and styles a page with an RPC Kit element needs.
 *
 * Nothing in a post holds a script: a shortcode or block becomes the element's tag when the page
 * is shown, and the plugin adds the module script itself, so Authors and Contributors (who may
 * not post scripts) can use every element, and a later edit cannot strip it.
 *
 * @package RPC_Kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the elements and loads what they need.
 */
final class RPC_Kit_Plugin {

	/**
	 * Tags of the elements shown on this page so far.
	 *
	 * @var array<string, true>
	 */
	private static $used = array();

	/**
	 * Whether this page holds a help finder poster.
	 *
	 * @var bool
	 */
	private static $poster = false;

	/**
	 * The handles of the plugin's module scripts.
	 *
	 * @var array<string, true>
	 */
	private static $module_handles = array();

	/**
	 * Hooks everything in.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'wp_footer', array( __CLASS__, 'enqueue_used' ), 1 );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
	}

	/**
	 * Registers a shortcode per element and the block.
	 */
	public static function register() {
		foreach ( array_keys( RPC_Kit_Elements::available() ) as $tag ) {
			add_shortcode(
				RPC_Kit_Elements::shortcode( $tag ),
				function ( $atts ) use ( $tag ) {
					return RPC_Kit_Plugin::render_element( $tag, is_array( $atts ) ? $atts : array() );
				}
			);
		}
		self::register_block();
	}

	/**
	 * The block: one "RPC Kit" block with a choice of element, rendered on the server.
	 */
	public static function register_block() {
		if ( ! function_exists( 'register_block_type' ) ) {
			return;
		}
		$available  = RPC_Kit_Elements::available();
		$attributes = array(
			'element' => array(
				'type'    => 'string',
				'default' => 'rpc-screener',
			),
		);
		foreach ( array_keys( RPC_Kit_Elements::attribute_catalogue() ) as $name ) {
			$attributes[ $name ] = array(
				'type'    => 'string',
				'default' => '',
			);
		}
		register_block_type(
			RPC_KIT_DIR . 'block',
			array(
				'attributes'      => $attributes,
				'render_callback' => array( __CLASS__, 'render_block' ),
			)
		);
		$editor = array(
			'elements'   => $available,
			'catalogue'  => RPC_Kit_Elements::attribute_catalogue(),
			'hasConfig'  => RPC_Kit_Config::has_config(),
			'settingsUrl' => admin_url( 'options-general.php?page=rpc-kit' ),
		);
		wp_add_inline_script( 'rpc-kit-element-editor-script', 'window.rpcKitBlock = ' . wp_json_encode( $editor ) . ';', 'before' );
	}

	/**
	 * The block's HTML on the page.
	 *
	 * @param array $attributes The block's attributes.
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		$tag        = isset( $attributes['element'] ) ? (string) $attributes['element'] : 'rpc-screener';
		unset( $attributes['element'] );
		$element = self::render_element( $tag, $attributes );
		if ( '' === $element ) {
			return '';
		}
		$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-rpc-kit-element"';
		return '<div ' . $wrapper . '>' . $element . '</div>';
	}

	/**
	 * An element's tag with its attributes, each checked and escaped. Nothing else: no script, no config.
	 *
	 * @param string $tag  The element's tag.
	 * @param array  $atts Attributes from a shortcode or block (`need="separating"`, `page_url`, `feed`...).
	 * @return string
	 */
	public static function render_element( $tag, array $atts ) {
		$available = RPC_Kit_Elements::available();
		if ( ! isset( $available[ $tag ] ) ) {
			return self::note_for_editors(
				/* translators: %s: an element's tag, such as rpc-screener. */
				sprintf( __( 'RPC Kit: there is no element called %s in this version of the plugin.', 'rpc-kit' ), $tag )
			);
		}
		$element   = $available[ $tag ];
		$catalogue = RPC_Kit_Elements::attribute_catalogue();
		$given     = array();
		foreach ( $atts as $name => $value ) {
			if ( ! is_string( $name ) || is_array( $value ) || is_object( $value ) ) {
				continue;
			}
			$name = str_replace( '_', '-', strtolower( $name ) );
			$name = array( 'config-src' => 'config', 'feed-src' => 'feed' )[ $name ] ?? $name;
			$given[ $name ] = trim( (string) $value );
		}

		$html     = array();
		$problems = array();
		foreach ( $element['attributes'] as $name ) {
			if ( ! isset( $given[ $name ] ) || '' === $given[ $name ] ) {
				continue;
			}
			$spec  = $catalogue[ $name ];
			$value = $given[ $name ];
			switch ( $spec['type'] ) {
				case 'url':
					$value = esc_url( $value );
					break;
				case 'choice':
				case 'mode':
					$choices = 'mode' === $spec['type'] ? $element['modes'] : $spec['choices'];
					if ( ! in_array( $value, $choices, true ) ) {
						/* translators: 1: attribute, 2: what was given, 3: the values allowed. */
						$problems[] = sprintf( __( '%1$s="%2$s" is not one of: %3$s.', 'rpc-kit' ), $name, $value, implode( ', ', $choices ) );
						$value      = '';
					}
					break;
				case 'flag':
					$value = in_array( strtolower( $value ), array( '1', 'yes', 'true', 'on', $name ), true ) ? true : '';
					break;
				case 'number':
					$value = ctype_digit( $value ) && (int) $value > 0 ? (string) (int) $value : '';
					break;
				case 'id':
					$value = substr( preg_replace( '/[^A-Za-z0-9_-]/', '', $value ), 0, 64 );
					break;
				default:
					$value = '';
			}
			if ( '' !== $value ) {
				$html[ $spec['html'] ] = $value;
			}
		}
		foreach ( $given as $name => $value ) {
			if ( '' !== $value && ! in_array( $name, $element['attributes'], true ) ) {
				/* translators: 1: attribute, 2: the element's tag. */
				$problems[] = sprintf( __( '%1$s is not an attribute of %2$s.', 'rpc-kit' ), $name, $tag );
			}
		}
		if ( ! isset( $html['config-src'] ) && RPC_Kit_Config::has_config() ) {
			$html['config-src'] = RPC_Kit_Config::url();
		}

		$is_poster = 'rpc-help-finder' === $tag && isset( $html['mode'] ) && 'poster' === $html['mode'];
		$out       = '<' . $tag . ' class="' . esc_attr( $is_poster ? 'rpc-kit-element rpc-kit-poster' : 'rpc-kit-element' ) . '"';
		foreach ( $html as $attribute => $value ) {
			$out .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
		$out .= '></' . $tag . '>';

		self::$used[ $tag ] = true;
		self::$poster       = self::$poster || $is_poster;
		if ( $problems ) {
			$out .= self::note_for_editors( __( 'RPC Kit:', 'rpc-kit' ) . ' ' . implode( ' ', $problems ) );
		}
		return $out;
	}

	/**
	 * A visible note for people who can edit posts (never for visitors).
	 *
	 * @param string $text The note.
	 * @return string
	 */
	private static function note_for_editors( $text ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		return '<p class="rpc-kit-note" role="note"><strong>' . esc_html( $text ) . '</strong> ' .
			esc_html__( '(Only people who can edit this site see this.)', 'rpc-kit' ) . '</p>';
	}

	/**
	 * The script files for the elements on this page: each element's own file. The files share
	 * their code (the chunks in cdn/chunks/), so two elements on a page load it once.
	 *
	 * @param string[] $tags The elements on the page.
	 * @return string[] The file names in cdn/.
	 */
	public static function scripts_for( array $tags ) {
		$files = array_map(
			function ( $tag ) {
				return $tag . '.js';
			},
			$tags
		);
		/**
		 * Filters the script files (in the plugin's cdn folder) loaded for the elements on a page.
		 *
		 * @param string[] $files The file names.
		 * @param string[] $tags  The elements on the page.
		 */
		return apply_filters( 'rpc_kit_scripts', $files, $tags );
	}

	/**
	 * Adds the scripts and styles for the elements shown on this page (run at the start of the footer).
	 */
	public static function enqueue_used() {
		if ( ! self::$used ) {
			return;
		}
		foreach ( self::scripts_for( array_keys( self::$used ) ) as $file ) {
			$handle                         = 'rpc-kit-' . preg_replace( '/\.js$/', '', $file );
			self::$module_handles[ $handle ] = true;
			wp_enqueue_script( $handle, plugins_url( 'cdn/' . $file, RPC_KIT_FILE ), array(), RPC_KIT_VERSION, true );
		}

		wp_enqueue_style( 'rpc-kit', plugins_url( 'assets/rpc-kit.css', RPC_KIT_FILE ), array(), RPC_KIT_VERSION );
		if ( is_admin_bar_showing() ) {
			wp_add_inline_style( 'rpc-kit', self::admin_bar_css() );
		}
		if ( self::$poster ) {
			wp_enqueue_style( 'rpc-kit-poster-print', plugins_url( 'assets/poster-print.css', RPC_KIT_FILE ), array(), RPC_KIT_VERSION, 'print' );
		}
	}

	/**
	 * Keeps the quick exit below WordPress's toolbar: 32 px high on wide screens, 46 px up to
	 * 782 px wide; from 600 px down the toolbar scrolls away with the page, so nothing is needed.
	 *
	 * @return string
	 */
	public static function admin_bar_css() {
		return '.rpc-kit-element{--rpc-quick-exit-top:32px}' .
			'@media screen and (max-width:782px){.rpc-kit-element{--rpc-quick-exit-top:46px}}' .
			'@media screen and (max-width:600px){.rpc-kit-element{--rpc-quick-exit-top:0px}}';
	}

	/**
	 * Makes the plugin's scripts modules: `<script type="module" src="...">`.
	 *
	 * @param string $tag    The script tag WordPress made.
	 * @param string $handle The script's handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( ! isset( self::$module_handles[ $handle ] ) ) {
			return $tag;
		}
		// Only the tag with this handle's id: any inline script printed with it stays as it is.
		$own = '/<script\b([^>]*\bid=(["\'])' . preg_quote( $handle, '/' ) . '-js\2[^>]*)>/';
		return preg_replace_callback(
			$own,
			function ( $m ) {
				return '<script type="module"' . preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $m[1] ) . '>';
			},
			$tag,
			1
		);
	}

	/**
	 * Forgets the page's elements (for tests).
	 */
	public static function reset() {
		self::$used           = array();
		self::$poster         = false;
		self::$module_handles = array();
	}
}
