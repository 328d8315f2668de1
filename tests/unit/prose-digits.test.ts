import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digitsInProse, mdxBody } from '../../src/lib/content/prose-digits';

describe('numbers in guide prose', () => {
  it('refuses a figure typed into prose, naming the line', () => {
    expect(digitsInProse('Tellers keep a branch running.\nAbout 2.5 million people did it in May 2023.')).toEqual([
      { line: 2, text: 'About 2.5 million people did it in May 2023.' },
    ]);
    expect(digitsInProse('Four in five work full time.')).toEqual([]);
  });

  it('accepts numbers read from data by a component, clock times and names', () => {
    expect(digitsInProse('About <Fig f={props.figures.jobs} /> people in <Period f={props.figures.jobs} />.')).toEqual([]);
    expect(digitsInProse('The shift starts at 8:30. O*NET 29.2 puts it in Job Zone 2 (SOC 43-4051).')).toEqual([]);
  });

  it('finds no typed figure in any guide body', () => {
    const dir = 'content/occupations';
    const files = readdirSync(dir).filter((n) => /\.mdx?$/.test(n));
    expect(files.every((n) => n.endsWith('.mdx')), 'guide bodies are MDX').toBe(true);
    const problems = files.flatMap((n) => digitsInProse(mdxBody(readFileSync(`${dir}/${n}`, 'utf8'))).map((p) => `${dir}/${n}: body line ${p.line}: ${p.text}`));
    expect(problems).toEqual([]);
  });
});
