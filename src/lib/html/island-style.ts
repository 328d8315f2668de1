/**
 * Astro writes the islands' one CSS rule as a `<style>` in the body, just before the first island.
 * A `<style>` there is not valid HTML (the W3C Nu checker rejects it), so after the build this
 * rule moves to the end of `<head>`. Its text is unchanged, so the CSP hash Astro computed still
 * matches it.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with the islands' style moved from the body into the head; other pages unchanged. */
export function hoistIslandStyle(html: string): string {
  const head = html.indexOf('</head>');
  if (head === -1) return html;
  const inBody = html.indexOf(ISLAND_STYLE, head);
  if (inBody === -1) return html;
  const body = html.slice(head).split(ISLAND_STYLE).join('');
  const inHead = html.slice(0, head).includes(ISLAND_STYLE);
  return html.slice(0, head) + (inHead ? '' : ISLAND_STYLE) + body;
}
