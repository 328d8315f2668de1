import { describe, expect, it } from 'vitest';
import { absolute, handoutLink, practiceLink, sectionLink, selfCheckLink } from '../../src/lib/counselors/links';
import { parseDeckQuery } from '../../src/lib/drill/deck';

describe('counselor links', () => {
  it('builds practice links the drill reads back as the same deck', () => {
    const link = practiceLink('teller', { skills: ['cash-handling', 'integrity'], categories: ['situational'] });
    expect(link).toBe('/careers/teller/interview/?skill=cash-handling&skill=integrity&category=situational');
    const parsed = parseDeckQuery(link.split('?')[1]!, { skills: ['cash-handling', 'integrity'], categories: ['situational', 'behavioral'] });
    expect(parsed.filters).toEqual({ skills: ['cash-handling', 'integrity'], categories: ['situational'] });
  });

  it('links to the whole deck when nothing is chosen', () => {
    expect(practiceLink('teller')).toBe('/careers/teller/interview/');
  });

  it('links to guide sections, the self-check and handouts', () => {
    expect(sectionLink('teller', 'pay')).toBe('/careers/teller/#pay');
    expect(sectionLink('teller')).toBe('/careers/teller/');
    expect(selfCheckLink('teller')).toBe('/careers/teller/skills/');
    expect(handoutLink('teller', 'one-pager')).toBe('/counselors/handouts/teller/one-pager/');
    expect(absolute('/careers/teller/#pay', 'https://guide.example.org')).toBe('https://guide.example.org/careers/teller/#pay');
  });
});
