/**
 * The performance budgets, per page type, in compressed (gzip) bytes.
 * Content pages ship no framework: only the search loader, which fetches
 * Fuse.js and the index when search is opened.
 */
export const KB = 1024;

/** Content pages: the search loader and nothing else. */
export const CONTENT_JS = 2 * KB;
/** Guides add the contents script (current section, phone list, old #q- links) to the search loader. */
export const GUIDE_JS = 3 * KB;
/**
 * Pages with a React island, before the first interaction, React included: React 19's runtime
 * alone is about 68 KB, so the island's own first view gets the rest and every panel not shown
 * at first loads on demand. "Before the first interaction" is everything the page has requested
 * when its island sets `data-island-ready` (scripts/lib/island-js.mjs, in Chromium), so modules
 * the island fetches while hydrating count: the drill's scheduler (ts-fsrs) is one of them
 * (src/islands/drill/review-loader.ts).
 */
export const ISLAND_JS = 95 * KB;
/**
 * The backup and transfer page: React, the stored-data validators of every island, the QR code.
 * About 105 KB since the scheduler (ts-fsrs) stays out of the schemas; the ceiling keeps it there.
 */
export const YOUR_DATA_JS = 108 * KB;
/**
 * The first round trip of a new connection carries about 14 KB: every guide's HTML and the CSS it
 * needs to render (inline) fit in it. A paper-only stylesheet (media="print") is weighed apart.
 */
export const FIRST_ROUND_TRIP = 14 * KB;
/**
 * The CSR guide, the longest, on a 390 px phone: at most about 14 screens (it was 49 before
 * issue 14). Measured in headless Chromium over the built site (scripts/lib/guide-height.mjs);
 * every other guide's height is reported beside it.
 */
export const GUIDE_MAX_HEIGHT_PX = 12_000;

export const PAGE_TYPES = [
  { type: 'home', path: '/', maxJs: CONTENT_JS },
  { type: 'careers list', path: '/careers/', maxJs: CONTENT_JS },
  // Every guide's HTML and CSS fit the first round trip (a ceiling); the longest, the CSR's, also has a height ceiling.
  { type: 'guide', path: '/careers/customer-service-representative/', maxJs: GUIDE_JS, maxHtmlCss: FIRST_ROUND_TRIP, maxHeightPx: GUIDE_MAX_HEIGHT_PX },
  { type: 'questions', path: '/questions/', maxJs: CONTENT_JS },
  // A guide's answer guides: every question in full, a link away from the guide.
  { type: 'answer guides', path: '/careers/customer-service-representative/questions/', maxJs: CONTENT_JS },
  { type: 'glossary', path: '/glossary/', maxJs: CONTENT_JS },
  { type: 'sources', path: '/sources/', maxJs: CONTENT_JS },
  { type: 'search A–Z', path: '/search/', maxJs: CONTENT_JS },
  { type: 'compare', path: '/careers/compare/', maxJs: CONTENT_JS * 2 },
  // The link builder is the one script a counselor's page adds: the drill's deck filter and labels
  // (to preview and refuse a deck as the drill will open it), as cached files of their own.
  { type: 'counselors', path: '/counselors/', maxJs: CONTENT_JS * 2.5 },
  { type: 'handout', pattern: '^/counselors/handouts/', maxJs: CONTENT_JS },
  { type: 'compare', pattern: '^/careers/compare/[^/]+/$', maxJs: CONTENT_JS * 2 },
  { type: 'drill', path: '/careers/customer-service-representative/interview/', maxJs: ISLAND_JS },
  { type: 'self-assessment', path: '/careers/customer-service-representative/skills/', maxJs: ISLAND_JS },
  // Other guides, drills and assessments follow the same budgets as the CSR's.
  { type: 'guide', pattern: '^/careers/[^/]+/$', maxJs: GUIDE_JS, maxHtmlCss: FIRST_ROUND_TRIP },
  // A guide's long lists in full, and its pay history and sources: content pages a link from the guide.
  { type: 'guide details', pattern: '^/careers/[^/]+/details/$', maxJs: CONTENT_JS },
  { type: 'guide sources', pattern: '^/careers/[^/]+/sources/$', maxJs: CONTENT_JS },
  { type: 'drill', pattern: '^/careers/[^/]+/interview/$', maxJs: ISLAND_JS },
  { type: 'self-assessment', pattern: '^/careers/[^/]+/skills/$', maxJs: ISLAND_JS },
  // Hiring-test practice: one island a page; the hub and the paper tests are content pages.
  { type: 'practice', pattern: '^/practice/(typing|data-entry|written-reply|results)/$', maxJs: ISLAND_JS },
  { type: 'practice', pattern: '^/practice/situational-judgment/[^/]+/$', maxJs: ISLAND_JS },
  // Back up, restore and move to another device: a tool page whose every action reads or checks a
  // file of every occupation's progress, so its validators load with it. Not an island page of the
  // 95 KB rule (drill, self-assessment, hiring tests); held to its own ceiling so it cannot creep.
  { type: 'your data', path: '/your-data/', maxJs: YOUR_DATA_JS },
];

export const DEFAULT_BUDGET = { type: 'content page', maxJs: CONTENT_JS };
