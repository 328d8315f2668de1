import { describe, expect, it } from 'vitest';
import { precacheList, shouldPrecache, urlOf } from '../../src/lib/offline/precache';

const file = (path: string, text = path) => ({ path, bytes: new TextEncoder().encode(text) });

describe('the offline precache list', () => {
  it('maps built files to the URLs pages are asked for', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('careers/teller/interview/index.html')).toBe('/careers/teller/interview/');
    expect(urlOf('_astro/client.abc.js')).toBe('/_astro/client.abc.js');
  });

  it('keeps every guide with its depth and answer guides, drill and self-assessment, and leaves the rest to be cached when visited', () => {
    for (const url of ['/', '/careers/', '/careers/teller/', '/careers/teller/details/', '/careers/teller/questions/', '/careers/teller/interview/', '/careers/teller/skills/', '/questions/', '/glossary/', '/_astro/x.js', '/search-index.json', '/manifest.webmanifest', '/icons/icon-192.png', '/offline/', '/404.html']) {
      expect(shouldPrecache(url), url).toBe(true);
    }
    for (const url of ['/careers/compare/', '/careers/compare/by-pay/', '/careers/teller/sources/', '/counselors/', '/sources/', '/sitemap-0.xml', '/sw.js']) {
      expect(shouldPrecache(url), url).toBe(false);
    }
  });

  it('changes its version when any precached file changes, and only then', () => {
    const build = [file('index.html', 'home'), file('careers/teller/index.html', 'teller'), file('sources/index.html', 'sources')];
    const first = precacheList(build);
    expect(first.urls).toEqual(['/', '/careers/teller/']);
    expect(precacheList([...build].reverse()).version).toBe(first.version);
    expect(precacheList([build[0]!, file('careers/teller/index.html', 'teller, updated'), build[2]!]).version).not.toBe(first.version);
    expect(precacheList([build[0]!, build[1]!, file('sources/index.html', 'sources, updated')]).version).toBe(first.version);
  });

  it('lists every page the build wrote, so offline a missing page is told apart from one not kept', () => {
    const build = [file('index.html'), file('sources/index.html'), file('404.html'), file('sw.js'), file('_astro/a.js')];
    expect(precacheList(build).pages).toEqual(['/', '/sources/']);
  });
});
