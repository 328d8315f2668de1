/** The practice pages' addresses, in one place. */
import { MAIN_OCCUPATION } from '../../site.config.mjs';

export const PRACTICE_HOME = '/practice/';
export const sjtHref = (occupation: string) => `/practice/situational-judgment/${occupation}/`;
export const sjtPaperHref = (occupation: string) => `/practice/situational-judgment/${occupation}/paper/`;

export const PRACTICE_ROUTES = [
  { href: PRACTICE_HOME, label: 'All tests' },
  { href: '/practice/typing/', label: 'Typing' },
  { href: '/practice/data-entry/', label: 'Data entry' },
  { href: sjtHref(MAIN_OCCUPATION), label: 'Situational judgment' },
  { href: '/practice/written-reply/', label: 'Written reply' },
  { href: '/practice/results/', label: 'Your results' },
] as const;
