import { lazy, Suspense, useState } from 'react';
import type { Progress } from '../../lib/drill/progress';
import type { Announce, Update } from './types';

// The form loads when the panel is first opened: most visits never change a limit.
const DrillSettings = lazy(() => import('./DrillSettings').then((m) => ({ default: m.DrillSettings })));

interface Props {
  progress: Progress;
  update: Update;
  announce: Announce;
}

/** "Daily limits": new cards and reviews a day, saved with the progress. */
export function DailyLimits(props: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="drill-settings" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        Daily limits: {props.progress.settings.newPerDay} new, up to {props.progress.settings.reviewsPerDay} reviews
      </summary>
      {opened && (
        <Suspense fallback={<p className="panel-loading">Loading…</p>}>
          <DrillSettings {...props} />
        </Suspense>
      )}
    </details>
  );
}
