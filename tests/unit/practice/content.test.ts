/** The real practice content: enough of it for every occupation, and keys that do not follow a pattern. */
import { describe, expect, it } from 'vitest';
import { collectEntries } from '../../../src/lib/content/yaml-list';
import { readContent } from '../../../src/loaders/read-content';

const files = readContent(process.cwd(), 'content');
const occupations = files.occupations.map((f) => f.path.split('/').pop()!.replace(/\.mdx?$/, ''));
const scenarios = collectEntries(files.practice.scenarios).map((e) => e.data as { occupations: string[]; responses: { rank: number }[] });
const passages = collectEntries([files.practice.passages]).map((e) => e.data as { occupations: string[] });

describe('practice content', () => {
  it('has at least 12 typing passages, and one for every occupation', () => {
    expect(passages.length).toBeGreaterThanOrEqual(12);
    for (const id of occupations) expect(passages.filter((p) => p.occupations.includes(id)).length, id).toBeGreaterThan(0);
  });

  it('has at least 30 scenarios for the CSR and 6 for each other occupation', () => {
    for (const id of occupations) {
      const count = scenarios.filter((s) => s.occupations.includes(id)).length;
      expect(count, id).toBeGreaterThanOrEqual(id === 'customer-service-representative' ? 30 : 6);
    }
  });

  it('puts the most effective response in every position, none in more than 40% of scenarios', () => {
    const positions = [0, 0, 0, 0];
    for (const s of scenarios) positions[s.responses.findIndex((r) => r.rank === 1)]! += 1;
    for (const n of positions) {
      expect(n).toBeGreaterThan(0);
      expect(n / scenarios.length).toBeLessThanOrEqual(0.4);
    }
  });
});
