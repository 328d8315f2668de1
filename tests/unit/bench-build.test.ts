import { describe, expect, it } from 'vitest';
import { durationMs, phases } from '../../scripts/bench/astro-build.mjs';

describe('build bench: where the time goes, from Astro’s log', () => {
  it('reads durations as Astro and Vite print them, minutes included', () => {
    expect(durationMs('850ms')).toBe(850);
    expect(durationMs('4.44s')).toBe(4440);
    expect(durationMs('4m 17s')).toBe(257_000);
    expect(durationMs('2m')).toBe(120_000);
    expect(durationMs('soon')).toBeUndefined();
  });

  it('finds each phase of a long build', () => {
    const log = [
      '01:39:41 [types] Generated 24.77s',
      '01:39:41 [build] Collecting build info...',
      '01:39:41 [build] ✓ Completed in 43.91s.',
      '01:39:53 [vite] ✓ built in 11.99s',
      '01:39:58 [vite] ✓ built in 740ms',
      ' generating static routes ',
      '01:40:00   ├─ /careers/teller/index.html (+58ms) ',
      '01:40:01   └─ /careers/index.html (+274ms) ',
      '01:44:16 ✓ Completed in 4m 17s.',
      '01:44:39 [build] 7037 page(s) built in 5m 42s',
    ].join('\n');
    expect(phases(log)).toEqual({
      astro: 342_000,
      content: 24_770,
      collect: 43_910,
      bundle: 12_730,
      render: 257_000,
      slowest: [
        { page: '/careers/index.html', ms: 274 },
        { page: '/careers/teller/index.html', ms: 58 },
      ],
    });
  });
});
