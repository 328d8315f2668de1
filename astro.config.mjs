// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { SITE_URL, CONTENT_DIR } from './src/site.config.mjs';
import { contentGuard } from './src/integrations/content-guard.ts';
import { offline } from './src/integrations/offline.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [contentGuard(CONTENT_DIR), mdx(), react(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/offline/') }), offline()],
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
