import type { APIRoute } from 'astro';
import { searchDocs } from '../data/search';

/** Fetched by the search dialog the first time it opens; never on page load. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: 1, docs: await searchDocs() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
