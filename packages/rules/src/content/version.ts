/** The version of the question wording and default content: quoted in referral summaries. */
export const CONTENT_VERSION = '2026-11-26';
