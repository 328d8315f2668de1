import { describe, expect, it } from 'vitest';
import { isOlderFigure, vintageLabel, OLDER_LABEL } from '../../src/lib/guide/vintage';

describe('figure vintage', () => {
  it('treats data two or more years older than the newest release as older', () => {
    expect(isOlderFigure('2024-05')).toBe(false);
    expect(isOlderFigure('2023-05')).toBe(false);
    expect(isOlderFigure('2022-05')).toBe(true);
    expect(isOlderFigure('2016')).toBe(true);
  });

  it('labels old figures, and leaves current ones alone', () => {
    expect(vintageLabel('2020-05')).toBe(OLDER_LABEL);
    expect(vintageLabel('2024')).toBeNull();
    expect(vintageLabel(undefined)).toBeNull();
  });

  it('does not repeat what the figure’s own note already says', () => {
    expect(vintageLabel('2020-05', 'The latest official figure we have.')).toBeNull();
    expect(vintageLabel('2016-05', 'An old projection from the 2016–26 edition.')).toBeNull();
    expect(vintageLabel('2016-05', 'Two pages agree on it.')).toBe(OLDER_LABEL);
  });
});
