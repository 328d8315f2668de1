import { describe, expect, it } from 'vitest';
import { navSection } from '../../src/lib/nav';

describe('navSection: which main-navigation entry a page is under', () => {
  it('marks Practice on an occupation’s interview practice and skills check', () => {
    expect(navSection('/careers/customer-service-representative/interview/')).toBe('/practice/');
    expect(navSection('/careers/teller/skills/')).toBe('/practice/');
  });

  it('keeps the guide and its other pages under Careers', () => {
    expect(navSection('/careers/')).toBe('/careers/');
    expect(navSection('/careers/teller/')).toBe('/careers/');
    expect(navSection('/careers/teller/questions/')).toBe('/careers/');
    expect(navSection('/careers/teller/details/')).toBe('/careers/');
    expect(navSection('/careers/compare/by-pay/')).toBe('/careers/');
  });

  it('marks each other section by its address', () => {
    expect(navSection('/practice/typing/')).toBe('/practice/');
    expect(navSection('/questions/')).toBe('/questions/');
    expect(navSection('/glossary/')).toBe('/glossary/');
    expect(navSection('/counselors/handouts/teller/')).toBe('/counselors/');
  });

  it('marks nothing on pages outside the navigation', () => {
    expect(navSection('/')).toBeNull();
    expect(navSection('/your-data/')).toBeNull();
    expect(navSection('/search/')).toBeNull();
    expect(navSection('/careers/teller/interview/extra/')).toBe('/careers/');
  });
});
