/**
 * @rpc-kit/elements/list.js: what the lists narrowed by filters share (the signposter's list, the
 * help finder): their styles and the filter select; and the form controls' styles (the practice
 * audit's entry row too). A separate entry, so the elements that show
 * no list do not carry its styles.
 */
export { listStyles } from './styles/list.styles.js';
export { formStyles } from './styles/form.styles.js';
export { renderSelect, type SelectView } from './templates/select.js';
