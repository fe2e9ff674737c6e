// `@rpc-kit/kit/jsx` is types only (jsx.d.ts: the elements' JSX types for React); importing it
// does nothing at run time.
export {};
