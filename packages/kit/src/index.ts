/**
 * @rpc-kit/kit: everything in one import. Today that is the rules (the question bank and the
 * decision engine); each element's define entry is added here as the element lands.
 */
export * from '@rpc-kit/rules';
