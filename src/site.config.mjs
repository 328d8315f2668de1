// One place for what a deployment changes. Read by astro.config.mjs and by pages.

/**
 * The public address of the site (`SITE_URL=https://guide.example.org npm run build`), used for
 * canonical links, the sitemap and the addresses printed on handouts. Without it the build warns,
 * pages carry no canonical link, handouts print paths, and the sitemap (which must hold absolute
 * addresses) uses PLACEHOLDER_ORIGIN, which resolves nowhere: never localhost.
 */
export const SITE_URL = process.env.SITE_URL?.trim() || undefined;
export const PLACEHOLDER_ORIGIN = 'https://site-url-not-set.invalid';

/** The content folder; tests point it at fixtures. */
export const CONTENT_DIR = process.env.CSR_CONTENT_DIR ?? 'content';

/**
 * The occupation the site leads with: the home page's guide, the base of the comparison, and
 * the practice pages' situational-judgment test. A content set without it (the e2e fixture site,
 * tests/fixtures/content/site) names its own.
 */
export const MAIN_OCCUPATION = process.env.CSR_MAIN_OCCUPATION ?? 'customer-service-representative';

/**
 * A community where readers can ask about a career (a forum, a Discord, a subreddit).
 * Leave it null and the guide shows no community link, only our own help pages.
 */
export const COMMUNITY = /** @type {{ name: string, url: string } | null} */ (null);

export const SITE_NAME = 'CSR Career Guide';
