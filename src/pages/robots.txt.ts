import type { APIRoute } from 'astro';
import { SITE_URL } from '../site.config.mjs';

// The Sitemap line needs the real address; without SITE_URL it is left out.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${SITE_URL ? `\nSitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
