import { describe, expect, it } from 'vitest';
import { hasStored, storageKey } from '../../src/lib/storage';
import { FakeStorage, securityError } from './fake-storage';

const KEY = storageKey('drill', 'customer-service-representative');

// A first visit skips loading the validator only when nothing is kept: a wrong "no" would hide saved progress.
describe('whether anything is saved under a key', () => {
  it('says yes for saved text, even text that is not readable, and even an empty string', () => {
    expect(hasStored(new FakeStorage({ [KEY]: '{"version":1}' }), KEY)).toBe(true);
    expect(hasStored(new FakeStorage({ [KEY]: 'not json' }), KEY)).toBe(true);
    expect(hasStored(new FakeStorage({ [KEY]: '' }), KEY)).toBe(true);
  });

  it('says no when only other keys hold data', () => {
    expect(hasStored(new FakeStorage({ [`${KEY}:backup:2025-03-03T14:00:00.000Z`]: 'x' }), KEY)).toBe(false);
  });

  it('says no, without throwing, when storage is missing, blocked or its read throws', () => {
    expect(hasStored(null, KEY)).toBe(false);
    expect(hasStored(() => {
      throw securityError();
    }, KEY)).toBe(false);
    const failing = new FakeStorage({ [KEY]: 'saved' });
    failing.getError = securityError();
    expect(hasStored(failing, KEY)).toBe(false);
  });
});
