import { describe, expect, it } from 'vitest';
import { reason, twice } from '../../scripts/lib/browser-step.mjs';

const PLAYWRIGHT_ERROR = [
  'page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:41234/careers/teller/interview/',
  'Call log:',
  '  - navigating to "http://localhost:41234/careers/teller/interview/", waiting until "domcontentloaded"',
  '',
  'Browser logs:',
  '[pid=7672][err] [7672:7702:1202/161647.025690:ERROR:dbus/bus.cc:405] Failed to connect to the bus',
  '[pid=7672] <gracefully close start>',
].join('\n');

describe('reason: what went wrong in a browser step, without the browser log', () => {
  it('keeps the first line and drops the call log and the D-Bus noise', () => {
    expect(reason(new Error(PLAYWRIGHT_ERROR))).toBe('page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:41234/careers/teller/interview/');
  });

  it('keeps a plain message whole', () => {
    expect(reason(new Error('/careers/teller/interview/: the island never set data-island-ready within 30 s'))).toBe(
      '/careers/teller/interview/: the island never set data-island-ready within 30 s',
    );
  });
});

describe('twice: a browser step gets a second try', () => {
  it('returns the second try’s result after one failure, and says why it tried again', async () => {
    let calls = 0;
    const said: string[] = [];
    const result = await twice(
      'Weighing the island pages',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error(PLAYWRIGHT_ERROR);
        return 'weighed';
      },
      (line: string) => said.push(line),
    );
    expect(result).toBe('weighed');
    expect(calls).toBe(2);
    expect(said).toEqual(['Weighing the island pages failed (page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:41234/careers/teller/interview/); trying once more with a new browser.']);
  });

  it('fails when the second try fails too', async () => {
    let calls = 0;
    const step = async () => {
      calls += 1;
      throw new Error(`broken ${calls}`);
    };
    await expect(twice('Measuring guide heights', step, () => undefined)).rejects.toThrow('broken 2');
    expect(calls).toBe(2);
  });
});
