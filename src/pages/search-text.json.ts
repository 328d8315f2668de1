import type { APIRoute } from 'astro';
import { searchIndex } from '../data/search';

/** The words of the body text: fetched by the dialog right after the core, to find deeper mentions. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await searchIndex()).text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
