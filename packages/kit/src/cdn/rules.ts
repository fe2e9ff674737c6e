/** rpc-rules.js: the rules alone (every decision and the content), for a page that runs a decision itself. */
export * from '@rpc-kit/rules';
