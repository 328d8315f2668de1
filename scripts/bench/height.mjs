/**
 * Guide height on a phone: every built guide's document height at 390 px wide, in headless
 * Chromium (scripts/lib/guide-height.mjs), against the ceiling in scripts/budgets.mjs.
 */
import { existsSync } from 'node:fs';
import { PAGE_TYPES } from '../budgets.mjs';
import { measureGuideHeights, PHONE } from '../lib/guide-height.mjs';

export const id = 'height';
export const title = 'Guide height on a phone';

const px = (n) => `${n.toLocaleString('en-US')} px`;

export async function run(ctx) {
  const { dist } = ctx;
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ has no index.html: run \`npm run build\` first`);
  const heights = await measureGuideHeights(dist);
  if (!heights.length) throw new Error(`no guide pages in ${dist}/sitemap-0.xml`);
  const rows = [];
  const goals = [];
  for (const { page, height } of heights) {
    const max = PAGE_TYPES.find((t) => t.path === page)?.maxHeightPx;
    rows.push([`\`${page}\``, px(height), (height / PHONE.height).toFixed(1), max === undefined ? '' : `${px(max)}${height <= max ? ' ✓' : ' ✗'}`]);
    if (max !== undefined) goals.push({ goal: `${page}: no taller than ${px(max)} at ${PHONE.width} px`, met: height <= max, detail: px(height) });
  }
  const tallest = heights.reduce((a, b) => (b.height > a.height ? b : a));
  return {
    summary: [
      `Document scroll height after load, ${PHONE.width} × ${PHONE.height} px viewport, light mode, JavaScript on, every fold closed; one Chromium page loads each guide once. Screens = height ÷ ${PHONE.height} px.`,
    ],
    tables: [{ columns: ['Guide', 'Height', 'Screens', 'Ceiling'], align: ['l', 'r', 'r', 'r'], rows }],
    goals,
    notes: [`Tallest: \`${tallest.page}\` at ${px(tallest.height)}. \`npm run budget\` fails above the ceiling.`],
  };
}
