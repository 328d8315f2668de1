/**
 * The performance budgets, per page type, in compressed bytes.
 * `inline` is JavaScript Astro writes into the page itself (the island bootstrap).
 */
export const KB = 1024;

export const PAGE_TYPES = [
  { type: 'home', path: '/', maxJs: 0 },
  { type: 'careers list', path: '/careers/', maxJs: 0 },
  // The first round trip carries about 14 KB; the guide's HTML and CSS together should fit it where they can.
  { type: 'guide', path: '/careers/customer-service-representative/', maxJs: 0, maxHtmlCss: 14 * KB, htmlCssIsGoal: true },
  { type: 'questions', path: '/questions/', maxJs: 0 },
  { type: 'glossary', path: '/glossary/', maxJs: 0 },
  { type: 'sources', path: '/sources/', maxJs: 0 },
];
