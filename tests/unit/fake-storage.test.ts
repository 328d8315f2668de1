import { describe, expect, it } from 'vitest';
import { bytesOf, FakeStorage } from './fake-storage';

// The storage tests are only as good as the fake's faults, so the faults are checked too.
describe('FakeStorage fails like a browser', () => {
  it('refuses a write over the byte quota and keeps the old value', () => {
    const storage = new FakeStorage({ a: 'xx' }, { quotaBytes: bytesOf('a', 'xxxx') });
    storage.setItem('a', 'yyyy');
    expect(storage.getItem('a')).toBe('yyyy');
    expect(() => storage.setItem('a', 'zzzzz')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(storage.getItem('a')).toBe('yyyy');
    expect(() => storage.setItem('b', '')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(storage.usedBytes).toBe(bytesOf('a', 'yyyy'));
  });

  it('drops chosen writes without an error', () => {
    const storage = new FakeStorage();
    storage.dropWrite = (key) => key.startsWith('drop');
    storage.setItem('drop-me', 'v');
    storage.setItem('keep', 'v');
    expect(storage.getItem('drop-me')).toBeNull();
    expect(storage.getItem('keep')).toBe('v');
    expect(storage.writes).toEqual(['drop-me', 'keep']);
  });

  it('throws from removeItem and key() on demand', () => {
    const storage = new FakeStorage({ a: '1' });
    storage.removeError = new Error('no');
    expect(() => storage.removeItem('a')).toThrow('no');
    expect(storage.getItem('a')).toBe('1');
    storage.keyError = new Error('nope');
    expect(() => storage.key(0)).toThrow('nope');
  });
});
