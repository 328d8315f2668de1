/**
 * The whole content check, file kind by file kind: a broken source, glossary term or reply
 * prompt is named by file, entry and field; questions without words are not duplicates of each
 * other; and the build's guard stops on any problem.
 */
import { describe, expect, it } from 'vitest';
import { assertValidContent, occupationId, validateContent, type ContentFiles } from '../../src/lib/content/validate';
import { ContentError } from '../../src/lib/content/yaml-list';
import { readContent } from '../../src/loaders/read-content';

const valid = readContent('tests/fixtures/content', 'valid');
const occupationFile = valid.occupations[0]!;
const generalQuestions = valid.questions.find((f) => f.path.endsWith('general.yaml'))!;

function question(id: string, text: string | null): string {
  const textLine = text === null ? '' : `  text: ${JSON.stringify(text)}\n`;
  return `\n- id: ${id}\n${textLine}  purpose: Checks something.\n  category: background\n  skills: [listening]\n  occupations: [test-clerk]\n  strongAnswer: [An answer.]\n  pitfalls: [A pitfall.]\n`;
}
const withQuestions = (extra: string): ContentFiles => ({
  ...valid,
  questions: valid.questions.map((f) => (f === generalQuestions ? { ...f, text: `${f.text.trimEnd()}\n${extra}` } : f)),
});

describe('the whole content check, file by file', () => {
  it('names a source whose address is not a web address', () => {
    const sources = { ...valid.sources, text: valid.sources.text.replace('url: https://example.org/data', 'url: ftp://example.org/data') };
    const problems = validateContent({ ...valid, sources });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${valid.sources.path} → agency → url: `));
  });

  it('names a glossary term without a definition', () => {
    const glossary = { ...valid.glossary, text: valid.glossary.text.replace(/^ {2}definition: .*\n/m, '') };
    const problems = validateContent({ ...valid, glossary });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${valid.glossary.path} → aht → definition: `));
  });

  it('names a reply prompt without a model reply', () => {
    const replies = { ...valid.practice.replies, text: valid.practice.replies.text.replace(/^ {2}modelReply: .*\n/m, '') };
    const problems = validateContent({ ...valid, practice: { ...valid.practice, replies } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${valid.practice.replies.path} → clerk-reply → modelReply: `));
  });

  it('says "(entry)" when the whole frontmatter is wrong, not one field', () => {
    const problems = validateContent({ ...valid, occupations: [{ ...occupationFile, text: '---\njust a sentence\n---\nBody.\n' }] });
    expect(problems[0]).toMatch(new RegExp(`^${occupationFile.path} → \\(entry\\): `));
  });

  it('checks a career path whose steps are empty without failing itself', () => {
    const text = occupationFile.text.replace(/^---\n/, '---\ncareerPath:\n  next:\n    - null\n');
    const problems = validateContent({ ...valid, occupations: [{ ...occupationFile, text }] });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`${occupationFile.path} → careerPath`))).toBe(true);
  });
});

describe('duplicate questions', () => {
  it('are not claimed between questions that have no words in their text', () => {
    const problems = validateContent(withQuestions(question('no-text-a', null) + question('no-text-b', null) + question('marks-a', '?!') + question('marks-b', '…?')));
    expect(problems.some((p) => p.includes('duplicate question'))).toBe(false);
    expect(problems.some((p) => p.includes('no-text-a → text'))).toBe(true);
  });

  it('keep words apart: "a nice place" is not "an ice place"', () => {
    const problems = validateContent(withQuestions(question('nice-place', 'Is it a nice place?') + question('ice-place', 'Is it an ice place?')));
    expect(problems).toEqual([]);
  });
});

describe('the build’s content guard', () => {
  it('passes valid content and stops on a problem, listing it', () => {
    expect(() => assertValidContent(valid)).not.toThrow();
    const sources = { ...valid.sources, text: valid.sources.text.replace('url: https://example.org/data', 'url: ftp://example.org/data') };
    let thrown: unknown;
    try {
      assertValidContent({ ...valid, sources });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems).toEqual(validateContent({ ...valid, sources }));
    expect((thrown as ContentError).problems).toHaveLength(1);
  });
});

describe('occupation ids', () => {
  it('drop only the extension at the end of the file name', () => {
    expect(occupationId('content/occupations/teller.mdx')).toBe('teller');
    expect(occupationId('content/occupations/notes.md.mdx')).toBe('notes.md');
  });
});
