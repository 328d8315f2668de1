import { describe, expect, it } from 'vitest';
import { ankiExport, ankiField, ankiFileName } from '../../../src/lib/drill/anki';
import { emptyProgress, type Progress } from '../../../src/lib/drill/progress';
import type { DrillQuestion } from '../../../src/lib/drill/deck';
import { question } from './fixtures';

const OPTIONS = { occupation: 'customer-service-representative', occupationTitle: 'Customer Service Representative' };

/** The rows under the headers, each split into its front, back and tags. */
function rows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function backOf(q: DrillQuestion, progress: Progress = emptyProgress()): string {
  return rows(ankiExport([q], progress, OPTIONS))[0]?.[1] ?? '';
}

describe('the back of an Anki card', () => {
  it('shows why it is asked, a strong answer, the pitfalls and the framework, in that order', () => {
    const q: DrillQuestion = { ...question('angry-customer'), strongAnswer: ['Stay calm.', 'Name the fix.'], pitfalls: ['Arguing.'], framework: 'STAR' };
    expect(backOf(q)).toBe(
      '<p><b>Why they ask:</b> Why angry-customer is asked.</p>' +
        '<b>A strong answer</b><ul><li>Stay calm.</li><li>Name the fix.</li></ul>' +
        '<b>Pitfalls</b><ul><li>Arguing.</li></ul>' +
        '<p><b>Framework:</b> STAR</p>',
    );
  });

  it('leaves out a heading with nothing under it, and the framework and notes when there are none', () => {
    const q: DrillQuestion = { ...question('angry-customer'), strongAnswer: [], pitfalls: [] };
    expect(backOf(q)).toBe('<p><b>Why they ask:</b> Why angry-customer is asked.</p>');
  });

  it('adds the reader’s own notes, trimmed, and skips a field that holds only spaces', () => {
    const progress: Progress = {
      ...emptyProgress(),
      notes: { 'angry-customer': { situation: '  A full queue.  ', task: '   ', action: 'I listened', result: 'Calm again.' } },
    };
    const q: DrillQuestion = { ...question('angry-customer'), strongAnswer: [], pitfalls: [] };
    expect(backOf(q, progress)).toBe(
      '<p><b>Why they ask:</b> Why angry-customer is asked.</p>' +
        '<p><b>My notes</b><br><b>Situation:</b> A full queue.<br><b>Action:</b> I listened<br><b>Result:</b> Calm again.</p>',
    );
  });

  it('names the story the notes come from when one is attached', () => {
    const progress: Progress = {
      ...emptyProgress(),
      notes: { 'angry-customer': { situation: '', task: '', action: '', result: '', storyId: 'story-1' } },
      stories: { 'story-1': { title: 'The <refund> call', situation: 'Refund day.', task: '', action: '', result: '', questionIds: ['angry-customer'] } },
    };
    const q: DrillQuestion = { ...question('angry-customer'), strongAnswer: [], pitfalls: [] };
    expect(backOf(q, progress)).toBe(
      '<p><b>Why they ask:</b> Why angry-customer is asked.</p>' +
        '<p><b>My notes (story: The &lt;refund&gt; call)</b><br><b>Situation:</b> Refund day.</p>',
    );
  });

  it('has no notes section when every note field is empty', () => {
    const progress: Progress = { ...emptyProgress(), notes: { 'angry-customer': { situation: '', task: ' ', action: '', result: '' } } };
    expect(backOf(question('angry-customer'), progress)).not.toContain('My notes');
  });
});

describe('Anki fields, tags and file', () => {
  it('escapes quotes and turns every kind of line break into <br>', () => {
    expect(ankiField('She said "no"')).toBe('She said &quot;no&quot;');
    expect(ankiField('one\rtwo\r\nthree\nfour')).toBe('one<br>two<br>three<br>four');
  });

  it('joins the words of a tag with one dash and no dash at either end', () => {
    const q = question('angry-customer', 'behavioral', [' active  listening ']);
    const text = ankiExport([q], emptyProgress(), { occupation: ' call  centre agent ', occupationTitle: 'Agent' });
    expect(rows(text)[0]?.[2]).toBe('csr-guide occupation::call-centre-agent category::behavioral skill::active-listening');
  });

  it('keeps the deck name on its header line when the title holds a tab or line break', () => {
    const text = ankiExport([], emptyProgress(), { occupation: 'x', occupationTitle: 'Call\tcentre\nagent' });
    expect(text.split('\n')[3]).toBe('#deck:Call centre agent interview');
  });

  it('names the file after the occupation', () => {
    expect(ankiFileName('customer-service-representative')).toBe('csr-guide-anki-customer-service-representative.txt');
  });
});
