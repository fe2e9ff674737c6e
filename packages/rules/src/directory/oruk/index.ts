/**
 * Open Referral UK (ORUK, the UK profile of the Human Services Data Specification) feeds: a
 * council's `/services` API, or a static export of it, mapped onto our `Service`.
 *
 * Two shapes are in the wild, and both are read:
 * - ORUK v1 (the LGA standard): paged as `{ content, totalPages, number, size, first, last }`;
 *   `contacts[].phones[]`, `regular_schedules[]`, `eligibilitys[]`, `service_taxonomys[].taxonomy`,
 *   `service_at_locations[].location.physical_addresses[]`, `fees`.
 * - ORUK v3 / HSDS 3: paged as `{ contents, total_pages, page_number, size, first_page, last_page }`;
 *   `phones[]`, `schedules[]`, `minimum_age`/`maximum_age`, `attributes[].taxonomy_term`,
 *   `service_at_locations[].location.addresses[]`, `fees_description`.
 *
 * Feeds are typed by hand in many different tools, so every field is read defensively: a
 * missing, null, blank or wrongly typed field is left out, never guessed, and nothing throws.
 */
export { NEED_KEYWORDS, needsInText } from './keywords.js';
export { mapOrukService } from './service.js';
export {
  parseOrukPage,
  loadOrukFeed,
  streamOrukFeed,
  mapOrukInSlices,
  type OrukFeed,
  type OrukFeedOptions,
  type OrukFeedSlice,
  type OrukStreamOptions,
} from './feed.js';
