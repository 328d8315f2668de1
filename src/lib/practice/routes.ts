/** The practice pages' addresses, in one place. */
export const PRACTICE_HOME = '/practice/';
export const sjtHref = (occupation: string) => `/practice/situational-judgment/${occupation}/`;
export const sjtPaperHref = (occupation: string) => `/practice/situational-judgment/${occupation}/paper/`;

export const PRACTICE_ROUTES = [
  { href: PRACTICE_HOME, label: 'All tests' },
  { href: '/practice/typing/', label: 'Typing' },
  { href: '/practice/data-entry/', label: 'Data entry' },
  { href: sjtHref('customer-service-representative'), label: 'Situational judgment' },
  { href: '/practice/written-reply/', label: 'Written reply' },
  { href: '/practice/results/', label: 'Your results' },
] as const;
