import { describe, expect, it } from 'vitest';
import { digitsInProse, mdxBody } from '../../src/lib/content/prose-digits';

describe('numbers in guide prose: what is skipped and what is not', () => {
  it('skips a whole component, whatever its attributes hold', () => {
    expect(digitsInProse('About <Fig f="jobs2023" kind="count" /> people.')).toEqual([]);
    expect(digitsInProse('Paid <Pay.Range f="wage2" /> an hour.')).toEqual([]);
  });

  it('still reads digits in lower-case HTML, which is prose, not a component', () => {
    expect(digitsInProse('Open <abbr title="24 hours"/> a day.')).toEqual([{ line: 1, text: 'Open <abbr title="24 hours"/> a day.' }]);
  });

  it('skips expressions of any length', () => {
    expect(digitsInProse('The figure {props.figures.q2} comes from data, so does {x1}.')).toEqual([]);
  });

  it('skips link targets and web addresses, but not the link text', () => {
    expect(digitsInProse('See [the teller guide](/guides/teller-2) and http://example.com/2023/table and https://bls.gov/ooh/x1.htm.')).toEqual([]);
    expect(digitsInProse('See [the 2023 report](/reports/latest).')).toEqual([{ line: 1, text: 'See [the 2023 report](/reports/latest).' }]);
  });

  it('names the line as written, without its indentation', () => {
    expect(digitsInProse('First line.\n    About 3 in 4 work days.   ')).toEqual([{ line: 2, text: 'About 3 in 4 work days.' }]);
  });
});

describe('the body of a guide file', () => {
  it('is everything after the frontmatter, even when nothing follows it', () => {
    expect(mdxBody('---\ntitle: Teller\n---\nTellers count cash.\n')).toBe('Tellers count cash.\n');
    expect(mdxBody('---\r\ntitle: Teller\r\n---\r\nBody')).toBe('Body');
    expect(mdxBody('---\ntitle: Teller\n---')).toBe('');
  });

  it('is the whole file when it does not start with frontmatter', () => {
    const file = 'Intro line.\n---\ntitle: not frontmatter\n---\nMore.';
    expect(mdxBody(file)).toBe(file);
  });
});
