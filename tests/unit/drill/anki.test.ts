import { describe, expect, it } from 'vitest';
import { ankiExport, ankiField } from '../../../src/lib/drill/anki';
import { emptyProgress } from '../../../src/lib/drill/progress';
import { deck, question } from './fixtures';

const OPTIONS = { occupation: 'customer-service-representative', occupationTitle: 'Customer Service Representative' };

function rows(text: string) {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

describe('export for Anki', () => {
  it('writes one row per question with front, back and tags, under headers Anki reads', () => {
    const text = ankiExport(deck, emptyProgress(), OPTIONS);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:Customer Service Representative interview',
      '#columns:Front\tBack\tTags',
      '#tags column:3',
    ]);
    const table = rows(text);
    expect(table).toHaveLength(deck.length);
    for (const row of table) expect(row).toHaveLength(3);
    expect(table[1]?.[0]).toBe('Question angry-customer?');
    expect(table[1]?.[2]?.split(' ')).toEqual(['csr-guide', 'occupation::customer-service-representative', 'category::behavioral', 'skill::empathy', 'skill::de-escalation']);
  });

  it('carries the reader’s STAR notes, and no tab or line break in them can break a row', () => {
    const progress = { ...emptyProgress(), notes: { 'angry-customer': { situation: 'Line one\nline\ttwo <b>', task: '', action: 'I listened', result: '' } } };
    const table = rows(ankiExport([question('angry-customer')], progress, OPTIONS));
    expect(table).toHaveLength(1);
    expect(table[0]?.[1]).toContain('<b>Situation:</b> Line one<br>line two &lt;b&gt;');
    expect(table[0]?.[1]).toContain('<b>Action:</b> I listened');
    expect(table[0]?.[1]).not.toContain('Task:');
  });

  it('escapes text so that a question is shown as written', () => {
    expect(ankiField('A & B <i>')).toBe('A &amp; B &lt;i&gt;');
  });
});
