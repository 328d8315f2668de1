import type { DrillQuestion } from '../../lib/drill/deck';
import type { RequiredLevel } from '../../lib/drill/focus';
import type { Progress } from '../../lib/drill/progress';

/** What the page passes to the drill: plain data built at build time. */
export interface DrillProps {
  occupation: string;
  occupationTitle: string;
  questions: DrillQuestion[];
  /** Skill id → name, for every skill a question probes. */
  skillNames: Record<string, string>;
  /** The occupation's skills and the level an entry-level hire needs, in the guide's order. */
  profile: RequiredLevel[];
  guideHref: string;
  skillsHref: string;
  /** ISO time the page was built: the clock of the server-rendered first view. */
  renderedAt: string;
}

export type Update = (change: (current: Progress) => Progress) => void;
export type Announce = (message: string) => void;
