/**
 * One spelling: US English in every piece of content and every UI string. A British form fails
 * with the file, the line and the US word to use. Web addresses are left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UK_TO_US } from './spelling';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p, ext) : ext.test(d.name) ? [p] : [];
  });
}

export function britishForms(text: string): Array<{ line: number; word: string; us: string }> {
  const found: Array<{ line: number; word: string; us: string }> = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/https?:\/\/\S+/g, '');
    for (const [pattern, us] of UK_TO_US) {
      for (const m of line.matchAll(new RegExp(pattern.source, 'gi'))) {
        const word = m[0];
        const fixed = word.replace(new RegExp(pattern.source, 'i'), us);
        found.push({ line: i + 1, word, us: word[0] === word[0]!.toUpperCase() ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed });
      }
    }
  });
  return found;
}

describe('US spelling', () => {
  it('finds British forms and names the US one', () => {
    expect(britishForms('A contact centre that organises calls.\nSee https://example.org/centre')).toEqual([
      { line: 1, word: 'centre', us: 'center' },
      { line: 1, word: 'organises', us: 'organizes' },
    ]);
    expect(britishForms('Practise with an analyst at the center.')).toEqual([{ line: 1, word: 'Practise', us: 'Practice' }]);
  });

  it('is used in all content and UI strings', () => {
    // The search lexicon lists British spellings on purpose: it maps them to the US words readers may not type.
    const lexicon = path.join('content', 'search-synonyms.yaml');
    const all = [...files('content', /\.(md|mdx|ya?ml)$/), ...files('src', /\.(astro|ts|tsx)$/)].filter((f) => f !== lexicon);
    const problems = all.flatMap((file) => britishForms(readFileSync(file, 'utf8')).map((f) => `${file}:${f.line}: "${f.word}" → "${f.us}"`));
    expect(problems).toEqual([]);
  });
});
