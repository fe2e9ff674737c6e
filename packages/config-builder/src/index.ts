/** The config builder: the element, and the pure pieces it is made of (for tests and tools). */
export { RpcConfigBuilder } from './builder.component.js';
export {
  configJsonSchema,
  fieldKind,
  nodeAt,
  isUnknownKey,
  knownKeysAt,
  renameFor,
  keyOrder,
  type SchemaNode,
  type FieldKind,
} from './schema.js';
export { getIn, setIn, removeIn, parsePath, serialise, openConfigText, fieldId, type Json, type Path } from './edit.js';
export { snippet, jsonFileName, SNIPPET_ELEMENTS, type SnippetElement } from './snippet.js';
export { wordsFor, labelFor, humanise } from './words.js';
