import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FILE, emptyState } from '../../../src/lib/assessment/schema';

import { emptyProgress, PROGRESS_FILE } from '../../../src/lib/drill/progress';
import { recordReview } from '../../../src/lib/drill/review';
import { exportFile, serialiseExport } from '../../../src/lib/transfer-file';
import { collectEntries, makeBackup, parseBackup, planRestore, serialiseBackup, withoutNotes } from '../../../src/lib/sync/backup';
import { FakeStorage } from '../fake-storage';
import { MONDAY_9AM } from '../drill/fixtures';

const envelope = (data: unknown, savedAt = MONDAY_9AM.toISOString()) => JSON.stringify({ version: 1, savedAt, data });
const reviewed = recordReview(emptyProgress(), 'angry-customer', 3, MONDAY_9AM, 'drill');
const withNote = { ...reviewed, notes: { 'angry-customer': { situation: 'My call centre job', task: '', action: '', result: '' } } };
const assessed = { ...emptyState(), history: [{ occupation: 'teller', ratings: { empathy: 4 as const }, completedAt: MONDAY_9AM.toISOString(), notes: { empathy: 'private' } }] };
const EPOCH = { id: 'restore1', at: '2025-03-04T10:00:00.000Z' };

function browser() {
  return new FakeStorage({
    'csr-guide:v1:drill:customer-service-representative': envelope(withNote),
    'csr-guide:v1:assessment:teller': envelope(assessed),
    // A kind this code does not know yet (hiring-test practice): carried whole.
    'csr-guide:v1:practice:typing': envelope({ bestWpm: 61 }),
    'csr-guide:v1:drill:teller:backup:2025-03-01T00:00:00.000Z': 'not json',
    'csr-guide:v1:meta:device': envelope({ lastBackupAt: MONDAY_9AM.toISOString() }),
    'other-site:key': 'x',
  });
}

describe('back up everything', () => {
  it('carries every csr-guide key, of every kind, and nothing else', () => {
    const entries = collectEntries(browser());
    expect(Object.keys(entries)).toEqual([
      'csr-guide:v1:assessment:teller',
      'csr-guide:v1:drill:customer-service-representative',
      'csr-guide:v1:practice:typing',
    ]);
  });

  it('restores in another browser exactly what was backed up, across all islands', () => {
    const text = serialiseBackup(makeBackup(collectEntries(browser()), MONDAY_9AM));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.items.map((i) => `${i.kind}:${i.id} ${i.description}`)).toEqual([
      'assessment:teller 1 completed assessment',
      'drill:customer-service-representative 1 review, 1 graded card, 1 note, 0 stories',
      'practice:typing saved data',
    ]);
    const plan = planRestore({}, parsed.entries, 'merge', EPOCH);
    const fresh = new FakeStorage();
    for (const [key, value] of Object.entries(plan)) fresh.setItem(key, JSON.stringify(value));
    expect(collectEntries(fresh)).toEqual(collectEntries(browser()));
  });

  it('merging a backup into a browser with its own progress keeps both', () => {
    const here = recordReview(emptyProgress(), 'busy-queue', 4, new Date(MONDAY_9AM.getTime() + 60_000), 'drill');
    const key = 'csr-guide:v1:drill:customer-service-representative';
    const parsed = parseBackup(serialiseBackup(makeBackup(collectEntries(browser()), MONDAY_9AM)));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planRestore({ [key]: { version: 1, savedAt: MONDAY_9AM.toISOString(), data: here } }, parsed.entries, 'merge', EPOCH);
    const merged = plan[key]?.data as typeof here;
    expect(merged.log.map((e) => e.questionId)).toEqual(['angry-customer', 'busy-queue']);
    const replaced = planRestore({ [key]: { version: 1, savedAt: MONDAY_9AM.toISOString(), data: here } }, parsed.entries, 'replace', EPOCH);
    expect((replaced[key]?.data as typeof here).log.map((e) => e.questionId)).toEqual(['angry-customer']);
    expect((replaced[key]?.data as typeof here).epoch).toEqual(EPOCH);
  });

  it('reads the per-island files older versions exported', () => {
    const drill = parseBackup(serialiseExport(exportFile(PROGRESS_FILE, 'teller', MONDAY_9AM, { progress: reviewed })));
    expect(drill.ok && drill.items.map((i) => i.key)).toEqual(['csr-guide:v1:drill:teller']);
    const history = parseBackup(serialiseExport(exportFile(ASSESSMENT_FILE, 'teller', MONDAY_9AM, { history: assessed.history })));
    expect(history.ok && history.items.map((i) => `${i.key} ${i.description}`)).toEqual(['csr-guide:v1:assessment:teller 1 completed assessment']);
  });

  it('can leave the reader’s own words out', () => {
    const lean = withoutNotes(collectEntries(browser()));
    expect(JSON.stringify(lean)).not.toContain('My call centre job');
    expect(JSON.stringify(lean)).not.toContain('private');
    expect(JSON.stringify(lean)).toContain('angry-customer');
    expect(JSON.stringify(lean)).toContain('bestWpm');
  });
});

describe('a damaged backup', () => {
  const good = () => JSON.parse(serialiseBackup(makeBackup(collectEntries(browser()), MONDAY_9AM))) as Record<string, unknown> & { entries: Record<string, unknown> };

  it.each([
    ['not JSON', '{"app":"csr-guide",', 'not JSON'],
    ['another app', JSON.stringify({ app: 'other', kind: 'backup', version: 1 }), 'not a backup'],
    ['a newer format', JSON.stringify({ ...good(), version: 9 }), 'newer version'],
    ['no entries', JSON.stringify({ ...good(), entries: {} }), 'nothing to restore'],
    ['a key this site does not use', JSON.stringify({ ...good(), entries: { 'evil:key': { version: 1, savedAt: '', data: {} } } }), 'not a name this site stores'],
    ['a backup copy key', JSON.stringify({ ...good(), entries: { 'csr-guide:v1:drill:a:backup:x': { version: 1, savedAt: '', data: {} } } }), 'not a name'],
    ['a __proto__ key', '{"app":"csr-guide","kind":"backup","version":1,"exportedAt":"","entries":{"__proto__":{"version":1,"savedAt":"","data":{}}}}', 'not a name'],
    ['a drill entry that fails its schema', JSON.stringify({ ...good(), entries: { 'csr-guide:v1:drill:teller': { version: 1, savedAt: '', data: { log: [{ questionId: 'x', rating: 9 }] } } } }), 'damaged'],
    ['an entry from a newer drill', JSON.stringify({ ...good(), entries: { 'csr-guide:v1:drill:teller': { version: 7, savedAt: '', data: {} } } }), 'newer version'],
  ])('refuses %s with a message and restores nothing', (_name, text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('refuses a file far larger than any backup before reading it', () => {
    const parsed = parseBackup(' '.repeat(10_000_001));
    expect(!parsed.ok && parsed.error).toContain('too large');
  });
});
