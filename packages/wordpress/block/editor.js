/*
 * The RPC Kit block in the editor, written against WordPress's own globals (wp.blocks,
 * wp.element, wp.blockEditor, wp.components, wp.i18n) so no build step is needed. The block is
 * rendered on the server: the editor shows a placeholder and the settings; the page shows the element.
 * The elements and their settings come from the plugin (window.rpcKitBlock).
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) return;
  var h = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var c = wp.components;

  var LABELS = {
    config: [
      __('Config file address (optional)', 'rpc-kit'),
      __('Leave empty to use the config in Settings, RPC Kit.', 'rpc-kit'),
    ],
    lang: [__('Language', 'rpc-kit'), ''],
    audience: [__('Who reads it', 'rpc-kit'), ''],
    mode: [__('What it shows', 'rpc-kit'), ''],
    screened: [__('The family has already been screened for abuse (practitioners’ pages)', 'rpc-kit'), ''],
    need: [__('Open the list on', 'rpc-kit'), ''],
    feed: [
      __('Open Referral UK feed address (optional)', 'rpc-kit'),
      __('Your directory’s /services address or a JSON export.', 'rpc-kit'),
    ],
    'feed-timeout': [__('Feed time limit, in milliseconds', 'rpc-kit'), __('Default 8000.', 'rpc-kit')],
    'page-url': [__('Page the QR codes open', 'rpc-kit'), __('Default: this page.', 'rpc-kit')],
    'poster-id': [
      __('Poster’s campaign tag', 'rpc-kit'),
      __('Letters, digits, - and _; counts the scans of this poster.', 'rpc-kit'),
    ],
  };
  var CHOICE_LABELS = {
    '': __('Default', 'rpc-kit'),
    en: 'English',
    cy: 'Cymraeg',
    parent: __('Parents', 'rpc-kit'),
    practitioner: __('Practitioners', 'rpc-kit'),
    questions: __('Questions', 'rpc-kit'),
    list: __('List', 'rpc-kit'),
    poster: __('A4 poster', 'rpc-kit'),
  };
  var label = function (value) {
    return CHOICE_LABELS[value] || value;
  };

  function field(name, props) {
    var spec = data.catalogue[name];
    var value = props.attributes[name] || '';
    var set = function (next) {
      var change = {};
      change[name] = next === true ? 'yes' : next === false ? '' : next;
      props.setAttributes(change);
    };
    var text = LABELS[name] || [name, ''];
    if (spec.type === 'flag') {
      return h(c.ToggleControl, { key: name, label: text[0], checked: !!value, onChange: set });
    }
    if (spec.type === 'choice' || spec.type === 'mode') {
      var element = data.elements[props.attributes.element] || { modes: [] };
      var choices = spec.type === 'mode' ? element.modes : spec.choices;
      var options = [{ value: '', label: label('') }].concat(
        choices.map(function (v) {
          return { value: v, label: label(v) };
        }),
      );
      return h(c.SelectControl, {
        key: name,
        label: text[0],
        help: text[1],
        value: value,
        options: options,
        onChange: set,
      });
    }
    return h(c.TextControl, {
      key: name,
      label: text[0],
      help: text[1],
      value: value,
      type: spec.type === 'url' ? 'url' : spec.type === 'number' ? 'number' : 'text',
      onChange: set,
    });
  }

  function edit(props) {
    var tag = props.attributes.element;
    var element = data.elements[tag];
    var blockProps = blockEditor.useBlockProps();
    var choose = function (next) {
      // Settings the new element does not take are cleared, so nothing stale reaches the page.
      var change = { element: next };
      var keep = (data.elements[next] || { attributes: [] }).attributes;
      Object.keys(data.catalogue).forEach(function (name) {
        if (keep.indexOf(name) < 0) change[name] = '';
      });
      props.setAttributes(change);
    };
    var settings = element
      ? element.attributes.map(function (name) {
          return field(name, props);
        })
      : [];
    var chosen = element
      ? element.attributes
          .filter(function (name) {
            return props.attributes[name];
          })
          .map(function (name) {
            return name + '="' + props.attributes[name] + '"';
          })
          .join(' ')
      : '';
    return h(
      'div',
      blockProps,
      h(
        blockEditor.InspectorControls,
        null,
        h(
          c.PanelBody,
          { title: __('Element', 'rpc-kit'), initialOpen: true },
          h(c.SelectControl, {
            label: __('Element', 'rpc-kit'),
            value: tag,
            options: Object.keys(data.elements).map(function (t) {
              return { value: t, label: data.elements[t].label };
            }),
            onChange: choose,
          }),
          settings,
        ),
      ),
      h(
        c.Placeholder,
        {
          icon: 'sos',
          label: element ? 'RPC Kit: ' + element.label : 'RPC Kit',
          instructions: __(
            'Shown on the published page. Preview the page to try it; change its settings in the block’s sidebar.',
            'rpc-kit',
          ),
        },
        h('p', null, h('code', null, '<' + tag + (chosen ? ' ' + chosen : '') + '>')),
        data.hasConfig
          ? null
          : h(
              'p',
              null,
              __(
                'No council config has been saved yet, so the national defaults for England are shown. An administrator can add it in Settings, RPC Kit.',
                'rpc-kit',
              ),
            ),
      ),
    );
  }

  wp.blocks.registerBlockType('rpc-kit/element', {
    edit: edit,
    save: function () {
      return null;
    },
  });
})(window.wp, window.rpcKitBlock);
