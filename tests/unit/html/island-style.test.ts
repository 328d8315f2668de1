import { describe, expect, it } from 'vitest';
import { hoistIslandStyle, ISLAND_STYLE } from '../../../src/lib/html/island-style';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('hoistIslandStyle', () => {
  it('moves the islands’ style from the body to the end of the head', () => {
    const html = page('<style>p{}</style>', `<main><p>Card</p>${ISLAND_STYLE}<astro-island></astro-island></main>`);
    expect(hoistIslandStyle(html)).toBe(page(`<style>p{}</style>${ISLAND_STYLE}`, '<main><p>Card</p><astro-island></astro-island></main>'));
  });

  it('leaves one copy when the body holds it twice', () => {
    const out = hoistIslandStyle(page('', `${ISLAND_STYLE}<div>${ISLAND_STYLE}</div>`));
    expect(out.split(ISLAND_STYLE)).toHaveLength(2);
    expect(out.indexOf(ISLAND_STYLE)).toBeLessThan(out.indexOf('</head>'));
  });

  it('does not add a second copy when the head already has it', () => {
    const out = hoistIslandStyle(page(ISLAND_STYLE, `<div>${ISLAND_STYLE}</div>`));
    expect(out).toBe(page(ISLAND_STYLE, '<div></div>'));
  });

  it('leaves pages without islands unchanged', () => {
    const html = page('<style>p{}</style>', '<p>No islands</p>');
    expect(hoistIslandStyle(html)).toBe(html);
    expect(hoistIslandStyle('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});
