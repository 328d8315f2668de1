/** Ten numbers typed one at a time, each ended with Enter: keystrokes per hour and accuracy. */
import { useRef, useState } from 'react';
import type { Attempt } from '../../lib/practice/attempts';
import { formatClock } from '../../lib/practice/clock';
import { keystrokesPerHour, tenKeyNumbers } from '../../lib/practice/fields';

const COUNT = 10;

export function TenKeyDrill({ onDone }: { onDone: (attempt: Attempt) => void }) {
  const [seed, setSeed] = useState(1);
  const numbers = tenKeyNumbers(seed, COUNT);
  const [typed, setTyped] = useState<string[]>([]);
  const [value, setValue] = useState('');
  const [result, setResult] = useState<{ ms: number; kph: number; right: number } | null>(null);
  const start = useRef<number | null>(null);
  const keys = useRef(0);
  const index = typed.length;

  const enter = () => {
    const next = [...typed, value.trim()];
    setTyped(next);
    setValue('');
    if (next.length === COUNT) {
      const ms = Date.now() - (start.current ?? Date.now());
      const right = next.filter((n, i) => n === numbers[i]).length;
      const kph = keystrokesPerHour(keys.current, ms);
      setResult({ ms, kph, right });
      onDone({ test: 'ten-key', at: new Date().toISOString(), seconds: Math.round(ms / 1000), kph, accuracy: right / COUNT });
    }
  };

  const again = () => {
    setSeed((s) => s + 1);
    setTyped([]);
    setResult(null);
    start.current = null;
    keys.current = 0;
  };

  return (
    <section aria-labelledby="tenkey-title" className="tenkey">
      <h2 id="tenkey-title">10-key drill: numbers alone</h2>
      <p>Type each number and press Enter. The clock starts with your first digit.</p>
      {result ? (
        <>
          <p className="practice-score" role="status">
            {result.right} of {COUNT} right, {result.kph.toLocaleString('en-US')} keystrokes per hour, in {formatClock(result.ms)}.
          </p>
          <button type="button" onClick={again}>
            New numbers
          </button>
        </>
      ) : (
        <>
          <p className="tenkey-number" aria-live="polite">
            <span className="visually-hidden">Number {index + 1} of {COUNT}: </span>
            {numbers[index]}
          </p>
          <p className="practice-field">
            <label htmlFor="tenkey-input">Number {index + 1} of {COUNT}</label>
            <input
              id="tenkey-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (/^\d$/.test(e.key)) {
                  start.current ??= Date.now();
                  keys.current += 1;
                }
                if (e.key === 'Enter') {
                  e.preventDefault();
                  enter();
                }
              }}
            />
          </p>
        </>
      )}
    </section>
  );
}
