/** Path data for the site's icons, one 24 × 24 stroked path each, so an icon costs one short string. */
export const ICONS = {
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20 20',
  menu: 'M4 7h16M4 12h16M4 17h16',
  careers: 'M4 8h16v11H4zM9 8V5h6v3M4 13h16',
  practice: 'M4 5h16v11H9l-4 4v-4H4zM9 10h6',
  skills: 'M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2',
  counselors: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3.5 2.5-6 6-6s6 2.5 6 6M16 5a3 3 0 0 1 0 6M18 14c2 .8 3 3 3 6',
  compare: 'M4 4h6v16H4zM14 4h6v16h-6z',
  pay: 'M12 3v18M16.5 7.5C16 6 14.5 5 12 5S7.5 6.2 7.5 8s1.5 2.6 4.5 3.2 4.5 1.6 4.5 3.6-2 3.2-4.5 3.2-4-.9-4.6-2.6',
  education: 'M2 9l10-5 10 5-10 5zM6 11v5c2 2 10 2 12 0v-5M22 9v6',
  outlook: 'M3 17l6-6 4 4 8-8M15 7h6v6',
  day: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  questions: 'M9.2 9a3 3 0 1 1 4 2.8c-.8.4-1.2 1-1.2 1.9V15M12 18.5v.5',
  print: 'M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z',
  top: 'M12 20V5M6 11l6-6 6 6',
  contents: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
  arrow: 'M5 12h14M13 6l6 6-6 6',
} as const;

export type IconName = keyof typeof ICONS;
