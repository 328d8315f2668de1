// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { SITE_URL, CONTENT_DIR, PLACEHOLDER_ORIGIN } from './src/site.config.mjs';
import { contentGuard } from './src/integrations/content-guard.ts';
import { offline } from './src/integrations/offline.ts';
import { finishPages } from './src/integrations/finish-pages.ts';

/** @returns {import('astro').AstroIntegration} */
function siteUrlWarning() {
  return {
    name: 'csr:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!SITE_URL) logger.warn(`SITE_URL is not set: pages get no canonical link, handouts print paths, and the sitemap uses ${PLACEHOLDER_ORIGIN}. Set SITE_URL=https://your.domain for a deployable build.`);
      },
    },
  };
}

export default defineConfig({
  site: SITE_URL ?? PLACEHOLDER_ORIGIN,
  trailingSlash: 'always',
  integrations: [siteUrlWarning(), contentGuard(CONTENT_DIR), mdx(), react(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/offline/') }), finishPages(), offline()],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // A meta tag can carry these too, so the fence holds on hosts that ignore dist/_headers.
      // frame-ancestors only works as a header: it stays in public/_headers.
      directives: ["object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
});
