/**
 * The Open Referral UK feed reader (mapping a feed's services, a slice at a time): loaded with
 * `import()` only by a help finder that has a `feed-src`, so a page listing the council's own
 * services never downloads it.
 */
export { streamOrukFeed } from '@rpc-kit/rules/lean';
