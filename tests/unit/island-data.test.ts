import { describe, expect, it } from 'vitest';
import { fromIslandData, toIslandData } from '../../src/lib/island-data';

describe('island data', () => {
  it('carries nested plain data through one JSON text', () => {
    const props = { occupation: 'csr', questions: [{ id: 'q1', skills: ['empathy'], star: { situation: 'S' } }], names: { empathy: 'Empathy' } };
    const data = toIslandData(props);
    expect(typeof data).toBe('string');
    expect(fromIslandData(data)).toEqual(props);
  });

  it('keeps text that looks like markup or JSON as text', () => {
    const props = { text: '</script><b>"quoted"</b> & {"not":"parsed"}' };
    expect(fromIslandData(toIslandData(props)).text).toBe(props.text);
  });

  it('drops undefined fields, as JSON does', () => {
    const parsed = fromIslandData(toIslandData({ a: 1, b: undefined as number | undefined }));
    expect(parsed).toEqual({ a: 1 });
    expect(Object.hasOwn(parsed, 'b')).toBe(false);
  });
});
