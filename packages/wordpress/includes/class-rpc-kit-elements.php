<?php
/**
 * The RPC Kit elements the plugin offers, and the attributes each accepts.
 *
 * Adding an element is one line in `RPC_Kit_Elements::all()`: its tag, its name in the editor and
 * the attributes it takes besides those every element takes (`config`, `lang`, `audience`). Its
 * shortcode is the tag with `rpc_` and underscores (`rpc-help-finder` gives `[rpc_help_finder]`), its
 * script is `cdn/<tag>.js`, and it appears only once that file is in the plugin.
 *
 * @package RPC_Kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element registry and the attribute catalogue.
 */
final class RPC_Kit_Elements {

	/**
	 * Every element: tag => [ editor label, attributes besides the common ones, modes (first is the default) ].
	 *
	 * @return array<string, array{label: string, attributes: string[], modes: string[]}>
	 */
	public static function all() {
		$elements = array(
			'rpc-screener'       => array( __( 'Screener: parents check their situation', 'rpc-kit' ), array(), array() ),
			'rpc-da-check'       => array( __( 'DA check: conflict or domestic abuse?', 'rpc-kit' ), array(), array() ),
			'rpc-signposter'     => array( __( 'Signposter: the right council offer', 'rpc-kit' ), array( 'mode', 'screened' ), array( 'questions', 'list' ) ),
			'rpc-help-finder'    => array( __( 'Help finder: local services and posters', 'rpc-kit' ), array( 'mode', 'need', 'feed', 'feed-timeout', 'page-url', 'poster-id' ), array( 'list', 'poster' ) ),
			'rpc-practice-audit' => array( __( 'Practice audit: summaries for boards', 'rpc-kit' ), array( 'mode' ), array( 'assessments', 'referrals', 'uptake' ) ),
		);
		$out      = array();
		foreach ( $elements as $tag => $element ) {
			$out[ $tag ] = array(
				'label'      => $element[0],
				'attributes' => array_merge( array( 'config', 'lang', 'audience' ), $element[1] ),
				'modes'      => $element[2],
			);
		}
		/**
		 * Filters the elements the plugin offers (tag => label, attributes, modes).
		 *
		 * @param array $out The elements.
		 */
		return apply_filters( 'rpc_kit_elements', $out );
	}

	/**
	 * The elements whose script is in the plugin's cdn folder (the ones a page can use now).
	 *
	 * @return array<string, array{label: string, attributes: string[], modes: string[]}>
	 */
	public static function available() {
		$available = array();
		foreach ( self::all() as $tag => $element ) {
			if ( is_readable( self::script_path( $tag ) ) ) {
				$available[ $tag ] = $element;
			}
		}
		return $available;
	}

	/**
	 * How each attribute is written in a shortcode or block, and how its value is made safe.
	 *
	 * `html` is the element's own attribute; `type` is `url` (kept only if a safe link), `flag`
	 * (present or not), `choice` (one of `choices`) or `text`.
	 *
	 * @return array<string, array{html: string, type: string, choices?: string[]}>
	 */
	public static function attribute_catalogue() {
		return array(
			'config'       => array(
				'html' => 'config-src',
				'type' => 'url',
			),
			'lang'         => array(
				'html'    => 'lang',
				'type'    => 'choice',
				'choices' => array( 'en', 'cy' ),
			),
			'audience'     => array(
				'html'    => 'audience',
				'type'    => 'choice',
				'choices' => array( 'parent', 'practitioner' ),
			),
			'mode'         => array(
				'html' => 'mode',
				'type' => 'mode',
			),
			'screened'     => array(
				'html' => 'screened',
				'type' => 'flag',
			),
			'need'         => array(
				'html'    => 'need',
				'type'    => 'choice',
				'choices' => array( 'conflict-together', 'separating', 'new-baby', 'domestic-abuse', 'children-wellbeing' ),
			),
			'feed'         => array(
				'html' => 'feed-src',
				'type' => 'url',
			),
			'feed-timeout' => array(
				'html' => 'feed-timeout',
				'type' => 'number',
			),
			'page-url'     => array(
				'html' => 'page-url',
				'type' => 'url',
			),
			'poster-id'    => array(
				'html' => 'poster-id',
				'type' => 'id',
			),
		);
	}

	/**
	 * The shortcode of an element: `rpc-help-finder` gives `rpc_help_finder`.
	 *
	 * @param string $tag The element's tag.
	 * @return string
	 */
	public static function shortcode( $tag ) {
		return str_replace( '-', '_', $tag );
	}

	/**
	 * The path of an element's own script in the plugin.
	 *
	 * @param string $tag The element's tag.
	 * @return string
	 */
	public static function script_path( $tag ) {
		return RPC_KIT_CDN_DIR . $tag . '.js';
	}
}
