import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/sw/cache-key.js';

describe('the service worker cache key', () => {
  it('drops the fragment, so a shared result or a transfer is never written to Cache Storage', () => {
    expect(cacheKey('https://x.test/careers/teller/skills/#v1.teller.20250303.4333.8d')).toBe('https://x.test/careers/teller/skills/');
    expect(cacheKey('https://x.test/transfer/#t1.abc')).toBe('https://x.test/transfer/');
  });

  it('keeps one entry per page whatever the query', () => {
    const keys = ['/careers/teller/interview/?skill=empathy', '/careers/teller/interview/?utm_source=mail&category=behavioral', '/careers/teller/interview/'].map((p) =>
      cacheKey(`https://x.test${p}`),
    );
    expect(new Set(keys)).toEqual(new Set(['https://x.test/careers/teller/interview/']));
  });
});
