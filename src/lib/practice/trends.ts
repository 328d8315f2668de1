/** The one figure each test is followed by over time, for the results page's trend charts. */
import { attemptsOf, TESTS, TEST_NAMES, type Attempt, type PracticeState, type TestKind } from './attempts';

export interface Trend {
  test: TestKind;
  name: string;
  unit: string;
  /** The chart's top: 100 for percentages, otherwise the data's own maximum. */
  max?: number;
  points: { at: string; value: number }[];
}

const FIGURE: { [K in TestKind]: { unit: string; max?: number; value: (a: Extract<Attempt, { test: K }>) => number } } = {
  typing: { unit: 'Net WPM', value: (a) => a.net },
  sjt: { unit: 'Score, % of points', max: 100, value: (a) => (a.total / a.max) * 100 },
  'data-entry': { unit: 'Fields right, %', max: 100, value: (a) => (a.fieldsRight / a.fields) * 100 },
  'ten-key': { unit: 'Keystrokes per hour', value: (a) => a.kph },
  reply: { unit: 'Self-check points, %', max: 100, value: (a) => (a.rubric / a.rubricOf) * 100 },
};

export function trends(state: PracticeState): Trend[] {
  return TESTS.map((test) => {
    const figure = FIGURE[test] as { unit: string; max?: number; value: (a: Attempt) => number };
    const points = attemptsOf(state, test).map((a) => ({ at: a.at, value: figure.value(a) }));
    return { test, name: TEST_NAMES[test], unit: figure.unit, ...(figure.max === undefined ? {} : { max: figure.max }), points };
  }).filter((t) => t.points.length > 0);
}
