import { describe, expect, it } from 'vitest';
import { parseYaml, yamlErrorText } from '../../src/lib/content/yaml';

describe('reading content YAML', () => {
  it('keeps a date as the text the author wrote', () => {
    expect(parseYaml('asOf: 2024-05-01\nyear: 2024\nok: true\nnothing: null')).toEqual({ asOf: '2024-05-01', year: 2024, ok: true, nothing: null });
  });

  it('refuses a duplicate key, naming its line and column', () => {
    let thrown: unknown;
    try {
      parseYaml('title: Teller\ntitle: Clerk\n');
    } catch (error) {
      thrown = error;
    }
    expect(yamlErrorText(thrown)).toBe('duplicated mapping key at line 2, column 1');
  });
});

describe('a YAML error in words', () => {
  it('gives the parser’s reason with the line and column counted from one', () => {
    expect(yamlErrorText({ reason: 'bad indentation', mark: { line: 4, column: 0 }, message: 'long text\nwith a snippet' })).toBe('bad indentation at line 5, column 1');
  });

  it('falls back to the first line of the message when the reason or position is missing', () => {
    expect(yamlErrorText({ reason: 'bad indentation', message: 'first line\nsecond line' })).toBe('first line');
    expect(yamlErrorText({ reason: 'bad indentation', mark: { line: 4 }, message: 'no column\nsnippet' })).toBe('no column');
    expect(yamlErrorText({ reason: 'bad indentation', mark: { column: 2 }, message: 'no line\nsnippet' })).toBe('no line');
    expect(yamlErrorText({ reason: 42, mark: { line: 4, column: 0 }, message: 'odd reason\nsnippet' })).toBe('odd reason');
  });

  it('reads anything thrown, even text or nothing at all', () => {
    expect(yamlErrorText(new Error('Unexpected end\nat the end of the stream'))).toBe('Unexpected end');
    expect(yamlErrorText('plain text thrown\nsecond line')).toBe('plain text thrown');
    expect(yamlErrorText(null)).toBe('null');
    expect(yamlErrorText(undefined)).toBe('undefined');
  });
});
