/**
 * Every icon as a <symbol>, in one file each page references (<use href="/icons/sprite.svg#pay">):
 * fetched and cached once, so a page's HTML carries a short reference instead of the drawing.
 */
import { ICONS } from '../../components/ui/icons';

export function GET() {
  const symbols = Object.entries(ICONS).map(([name, d]) => `<symbol id="${name}" viewBox="0 0 24 24"><path d="${d}"/></symbol>`);
  return new Response(`<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
}
