import type { APIRoute } from 'astro';
import { searchIndex } from '../data/search';

/** The core of the index: fetched by the search dialog the first time it opens, never on page load. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchIndex()).core), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
