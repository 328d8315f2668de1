import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeSchemas, type RefFactory } from '../../src/lib/content/schemas';
import { parseYaml } from '../../src/lib/content/yaml';

const ref = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;
const text = readFileSync('tests/fixtures/content/valid/occupations/test-clerk.md', 'utf8');
const fixture = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;

describe('an occupation without a pay history', () => {
  it('gets an empty one, so the pay chart shows no invented point', () => {
    // The schema is built inside the test: a default is read when the schema is made.
    const { history, ...pay } = fixture.pay;
    expect(makeSchemas(ref).occupation.parse({ ...fixture, pay }).pay.history).toEqual([]);
  });
});
