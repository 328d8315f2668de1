import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import type { Envelope } from '../../../src/lib/storage';
import { assemble, decodeTransfer, encodeTransfer, MAX_CODE_CHARS, parsePart, TRANSFER_MESSAGES, type TransferPart } from '../../../src/lib/sync/transfer-link';
import { MONDAY_9AM } from '../drill/fixtures';

const BASE = 'https://guide.example.org/your-data/'.length;

function progressWith(reviews: number, noteWords = 0): Record<string, Envelope> {
  let p = emptyProgress();
  for (let i = 0; i < reviews; i++) p = recordReview(p, `question-${i % 40}`, ((i % 4) + 1) as 1 | 2 | 3 | 4, new Date(MONDAY_9AM.getTime() + i * 97_000), 'drill');
  if (noteWords > 0) {
    const words = Array.from({ length: noteWords }, (_, i) => `word${(i * 7919) % 10007}`).join(' ');
    p = { ...p, notes: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`question-${i}`, { situation: words, task: words, action: '', result: '' }])) };
  }
  return { 'csr-guide:v1:drill:teller': { version: 1, savedAt: MONDAY_9AM.toISOString(), data: p } };
}

const parts = (codes: string[]): TransferPart[] => codes.map((c) => {
  const p = parsePart(c);
  if (!p.ok) throw new Error(p.error);
  return p.part;
});

describe('the transfer link', () => {
  it('round-trips progress through one compressed fragment', async () => {
    const entries = progressWith(30);
    const plan = await encodeTransfer(entries, MONDAY_9AM, BASE);
    expect(plan.codes).toEqual([plan.link]);
    expect(plan.link.length).toBeLessThan(JSON.stringify(entries).length / 3);
    const back = await decodeTransfer(`#${plan.link}`);
    expect(back.ok === true && back.backup.entries).toEqual(entries);
  });

  it('keeps every code within what a camera reads, leaving notes out first, and says so', async () => {
    const entries = progressWith(10, 400);
    const plan = await encodeTransfer(entries, MONDAY_9AM, BASE);
    expect(plan.notesLeftOut).toBe(true);
    expect(plan.codes).toHaveLength(1);
    for (const code of plan.codes) expect(BASE + 1 + code.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    const fromCode = await assemble(parts(plan.codes));
    expect(fromCode.ok === true && JSON.stringify(fromCode.backup.entries)).not.toContain('word');
    // The link itself still carries the notes.
    const fromLink = await decodeTransfer(plan.link);
    expect(fromLink.ok === true && fromLink.backup.entries).toEqual(entries);
  });

  it('splits what is too large even without notes into numbered codes, read in any order', async () => {
    const entries = progressWith(900);
    const plan = await encodeTransfer(entries, MONDAY_9AM, BASE);
    expect(plan.codes.length).toBeGreaterThan(1);
    plan.codes.forEach((code, i) => {
      expect(code).toMatch(new RegExp(`^t1\\.${i + 1}-${plan.codes.length}-`));
      expect(BASE + 1 + code.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    });
    const some = await assemble(parts(plan.codes.slice(1)));
    expect(some).toEqual({ ok: 'waiting', have: plan.codes.slice(1).map((_, i) => i + 2), count: plan.codes.length });
    const all = await assemble(parts([...plan.codes].reverse()));
    expect(all.ok === true && all.backup.entries).toEqual(entries);
  });

  it('refuses a truncated or altered link with a clear message', async () => {
    const { link } = await encodeTransfer(progressWith(30), MONDAY_9AM, BASE);
    for (const broken of [link.slice(0, -5), link.slice(0, link.length / 2), `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`, link.replace(/^t1\.1-1-/, 't1.1-1-0')]) {
      const result = await decodeTransfer(broken);
      expect(result).toEqual({ ok: false, error: TRANSFER_MESSAGES.truncated });
    }
    expect(await decodeTransfer('t1.1-1')).toEqual({ ok: false, error: TRANSFER_MESSAGES.truncated });
    expect(await decodeTransfer('v1.teller.20250303.4333.8d')).toEqual({ ok: false, error: TRANSFER_MESSAGES.notTransfer });
  });

  it('refuses codes from two transfers mixed together', async () => {
    const a = await encodeTransfer(progressWith(900), MONDAY_9AM, BASE);
    const b = await encodeTransfer(progressWith(901), MONDAY_9AM, BASE);
    expect(await assemble(parts([a.codes[0]!, b.codes[1]!]))).toEqual({ ok: false, error: TRANSFER_MESSAGES.mixed });
  });
});
