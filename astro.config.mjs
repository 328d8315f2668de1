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
  integrations: [contentGuard(CONTENT_DIR), mdx(), react(), sitemap({ filter: (page) => !page.includes('/404') }), offline()],
  markdown: { syntaxHighlight: false },
  security: { csp: true },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
});
