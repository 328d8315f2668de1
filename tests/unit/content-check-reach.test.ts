/**
 * How far the whole content check reaches: files saved with Windows line ends, the same question
 * typed twice with different capitals and punctuation, a broken career path in any occupation, and
 * problems in every list file, all reported at once.
 */
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFiles } from '../../src/lib/content/validate';
import { collectEntries, ContentError } from '../../src/lib/content/yaml-list';
import { readContent } from '../../src/loaders/read-content';

const valid = readContent('tests/fixtures/content', 'valid');
const occupationFile = valid.occupations[0]!;
const clerkQuestions = valid.questions.find((f) => f.path.endsWith('clerk.yaml'))!;

describe('the whole content check', () => {
  it('reads an occupation saved with Windows line ends like any other', () => {
    const crlf = { ...occupationFile, text: occupationFile.text.replaceAll('\n', '\r\n') };
    expect(validateContent({ ...valid, occupations: [crlf] })).toEqual([]);
  });

  it('finds the same question typed twice with other capitals and punctuation', () => {
    const again = `${clerkQuestions.text}\n- id: records-again\n  text: "how do you keep records... easy to find"\n  purpose: Checks organization.\n  category: technical\n  skills: [filing]\n  occupations: [test-clerk]\n  strongAnswer: [A named system.]\n  pitfalls: [Vague answers.]\n`;
    const questions = valid.questions.map((f) => (f === clerkQuestions ? { ...f, text: again } : f));
    expect(validateContent({ ...valid, questions })).toEqual([
      `${clerkQuestions.path} → records-again → text: duplicate question, same text as "filing-system"`,
    ]);
  });

  it('names an occupation whose frontmatter is valid YAML but breaks the schema, by file and field', () => {
    const text = occupationFile.text.replace(/^soc: .*$/m, 'soc: 43.4051.00');
    expect(validateContent({ ...valid, occupations: [{ ...occupationFile, text }] })).toEqual([
      `${occupationFile.path} → soc: SOC code looks like 43-4051`,
    ]);
  });

  it('reports problems in every kind of list file in one run', () => {
    const broken = (file: { path: string; text: string }) => ({ ...file, text: `${file.text}\n- title: no id\n` });
    const files: ContentFiles = {
      ...valid,
      glossary: broken(valid.glossary),
      sources: broken(valid.sources),
      practice: {
        passages: broken(valid.practice.passages),
        scenarios: valid.practice.scenarios.map(broken),
        callers: broken(valid.practice.callers),
        replies: broken(valid.practice.replies),
      },
    };
    const problems = validateContent(files);
    for (const file of [valid.glossary, valid.sources, valid.practice.passages, valid.practice.scenarios[0]!, valid.practice.callers, valid.practice.replies]) {
      expect(problems.some((p) => p.startsWith(`${file.path} → [`) && p.includes('→ id: missing')), file.path).toBe(true);
    }
  });

  it('gives the YAML parser\'s reason and place on one line, without the code excerpt that follows it', () => {
    let problems: string[] = [];
    try {
      collectEntries([{ path: 'bad.yaml', text: '- id: [unclosed\n' }]);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems;
    }
    // The parser's wording may change between versions; the place in the file is what an author needs.
    expect(problems).toEqual([expect.stringMatching(/^bad\.yaml: not valid YAML \([^\n]+ at line 2, column 1:?\)$/)]);
  });
});
