// One place for what a deployment changes. Read by astro.config.mjs and by pages.

/** The public address of the site, used for canonical links and the sitemap. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

/** The content folder; tests point it at fixtures. */
export const CONTENT_DIR = process.env.CSR_CONTENT_DIR ?? 'content';

/**
 * A community where readers can ask about a career (a forum, a Discord, a subreddit).
 * Leave it null and the guide shows no community link, only our own help pages.
 */
export const COMMUNITY = /** @type {{ name: string, url: string } | null} */ (null);

export const SITE_NAME = 'CSR Career Guide';
