/**
 * The sections of a guide page, in reading order, with stable anchors:
 * counselors paste these into emails, so an id never changes once published.
 */
export interface Section {
  id: string;
  title: string;
}

export interface SectionFlags {
  hasDay: boolean;
  hasMetrics: boolean;
  hasQuestions: boolean;
  hasPath: boolean;
  hasRelated: boolean;
}

export function guideSections(plural: string, flags: SectionFlags): Section[] {
  const all: Array<Section & { when?: keyof SectionFlags }> = [
    // Key facts open the guide: the answer first, the explanation after.
    { id: 'key-facts', title: 'Key facts' },
    { id: 'what-they-do', title: 'What the job is' },
    { id: 'where-they-work', title: 'Where they work' },
    { id: 'education', title: 'Education and training' },
    { id: 'pay', title: 'Pay' },
    { id: 'outlook', title: 'Job outlook' },
    { id: 'day-in-the-life', title: 'A day in the life', when: 'hasDay' },
    { id: 'how-to-become', title: `How to become one` },
    { id: 'skills', title: 'Essential skills' },
    { id: 'responsibilities', title: 'Key responsibilities' },
    { id: 'metrics', title: `How ${plural.toLowerCase()} are measured`, when: 'hasMetrics' },
    { id: 'interview-questions', title: 'Interview questions', when: 'hasQuestions' },
    { id: 'career-path', title: 'Career path', when: 'hasPath' },
    { id: 'related', title: 'Related occupations', when: 'hasRelated' },
    { id: 'questions', title: 'Questions about this career?' },
    { id: 'sources', title: 'Sources' },
  ];
  return all.filter((s) => !s.when || flags[s.when]).map(({ id, title }) => ({ id, title }));
}

/** The anchor of a question on any page that lists it. */
export function questionAnchor(id: string): string {
  return `q-${id}`;
}
