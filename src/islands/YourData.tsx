/**
 * "Your data" for the whole site: back up everything to one file, restore it (or any per-island
 * export), and continue on another device with a link or QR code that carries the progress in
 * the URL fragment. Rules live in src/lib/sync; this island only wires them to the page.
 */
import { useEffect, useId, useState } from 'react';
import { backupFileName, makeBackup, parseBackup, serialiseBackup, type BackupItem, type RestoreMode } from '../lib/sync/backup';
import { KIND_LABELS } from '../lib/sync/kinds';
import { noteBackup } from '../lib/sync/device';
import { assemble, encodeTransfer, isTransferFragment, parsePart, type TransferPart, type TransferPlan } from '../lib/sync/transfer-link';
import { dateTimeLabel } from '../lib/drill/when';
import type { Envelope } from '../lib/storage';
import { allEntries, partsKey, restore } from './data/browser-data';
import { QrCode } from './data/QrCode';
import { changeDevice } from './shared/device';
import { DeviceData } from './shared/DeviceData';
import { FileField, ImportDialog, type FileRead } from './shared/DataPanel';
import { download } from './shared/download';
import { useIslandReady } from './shared/use-island-ready';
import './data/data.css';

interface Pending {
  source: 'file' | 'link';
  exportedAt: string;
  items: BackupItem[];
  entries: Record<string, Envelope>;
}

interface Props {
  /** Occupation titles by id, to name what a backup holds. */
  titles: Record<string, string>;
}

function readParts(check: string): TransferPart[] {
  try {
    const raw = window.localStorage.getItem(partsKey(check));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.map((p: unknown) => (typeof p === 'string' ? parsePart(p) : null)).flatMap((r) => (r?.ok ? [r.part] : [])) : [];
  } catch {
    return [];
  }
}

function keepParts(check: string, fragments: string[]) {
  try {
    window.localStorage.setItem(partsKey(check), JSON.stringify(fragments));
  } catch {
    // Without storage, each code must be scanned in this tab; the message says how many are left.
  }
}

function dropParts(check: string) {
  try {
    window.localStorage.removeItem(partsKey(check));
  } catch {
    // Harmless: the parts hold nothing the reader does not already have.
  }
}

const fragmentOf = (p: TransferPart) => `t1.${p.index}-${p.count}-${p.check}.${p.chunk}`;

export default function YourData({ titles }: Props) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [plan, setPlan] = useState<TransferPlan | null>(null);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState('');
  const root = useIslandReady<HTMLDivElement>(ready);

  // A transfer arrives in the fragment. It is read once and removed from the address at once, so
  // it stays out of history and bookmarks; nothing is written until the reader confirms.
  useEffect(() => {
    const fragment = window.location.hash.slice(1);
    if (!isTransferFragment(fragment)) {
      setReady(true);
      return;
    }
    history.replaceState(null, '', window.location.pathname);
    const part = parsePart(fragment);
    if (!part.ok) {
      setError(part.error);
      setReady(true);
      return;
    }
    const { check } = part.part;
    const parts = [...readParts(check).filter((p) => p.index !== part.part.index), part.part];
    void assemble(parts).then((result) => {
      if (result.ok === 'waiting') {
        keepParts(check, parts.map(fragmentOf));
        const missing = Array.from({ length: result.count }, (_, i) => i + 1).filter((n) => !result.have.includes(n));
        setStatus(`Code ${part.part.index} of ${result.count} read. Scan ${missing.length === 1 ? 'code' : 'codes'} ${missing.join(', ')} to finish; nothing is changed until then.`);
      } else if (result.ok) {
        dropParts(check);
        setPending({ source: 'link', exportedAt: result.backup.exportedAt, items: result.backup.items, entries: result.backup.entries });
      } else {
        dropParts(check);
        setError(result.error);
      }
      setReady(true);
    });
  }, []);

  const name = (item: BackupItem) => `${KIND_LABELS[item.kind] ?? item.kind}: ${titles[item.id] ?? item.id}`;

  const read = (text: string): FileRead<Pending> => {
    const parsed = parseBackup(text);
    return parsed.ok ? { ok: true, value: { source: 'file', exportedAt: parsed.exportedAt, items: parsed.items, entries: parsed.entries } } : parsed;
  };

  const apply = (restoring: Pending, mode: RestoreMode) => {
    const result = restore(restoring.entries, mode);
    if (result.ok) {
      const done = `${mode === 'merge' ? 'Merged' : 'Replaced'}: ${result.written} ${result.written === 1 ? 'part' : 'parts'} of your progress. Open a practice page to carry on.`;
      setStatus(done);
    } else setError(result.message);
  };

  const makeTransfer = async () => {
    setCopied(false);
    const base = `${window.location.origin}${window.location.pathname}`;
    setPlan(await encodeTransfer(allEntries(), new Date(), base.length + 1));
    setMessage('Link and code ready.');
  };

  const link = plan ? `${window.location.origin}${window.location.pathname}#${plan.link}` : '';
  const entries = ready ? allEntries() : {};
  const count = Object.keys(entries).length;

  return (
    <div ref={root} className="your-data">
      {error && (
        <p className="island-notice" role="alert">
          {error} Nothing was changed.
        </p>
      )}
      {status && (
        <p className="island-notice" role="status">
          {status}
        </p>
      )}
      <section aria-labelledby={`${id}-safe`}>
        <h2 id={`${id}-safe`}>How safe it is here</h2>
        <DeviceData linkToAll={false} />
      </section>

      <section aria-labelledby={`${id}-backup`}>
        <h2 id={`${id}-backup`}>Back up everything</h2>
        <p>
          One file with every occupation’s interview practice (reviews, notes, stories, your own questions and settings) and every
          self-assessment.
        </p>
        {/* Its own line, held open until storage is read, so the answer moves nothing below it. */}
        <p className="data-count">{ready && (count === 0 ? 'Nothing is saved in this browser yet.' : `This browser holds ${count} ${count === 1 ? 'part' : 'parts'}.`)}</p>
        <p>Answer recordings are not included: they stay on this device only.</p>
        <p>
          <button
            type="button"
            className="button"
            disabled={count === 0}
            onClick={() => {
              const now = new Date();
              download(backupFileName(now), serialiseBackup(makeBackup(allEntries(), now)));
              changeDevice((meta) => noteBackup(meta, now));
              setMessage('Backup saved to a file.');
            }}
          >
            Back up everything
          </button>
        </p>
        <FileField label="Restore from a backup or an exported progress file" read={read} onRead={setPending} onError={setError} />
      </section>

      <section aria-labelledby={`${id}-device`}>
        <h2 id={`${id}-device`}>Continue on another device</h2>
        <p>
          No account needed: the link and the code carry your progress after the # sign, which browsers never send to a server. Open it on the
          other device and confirm there. Anyone with the link can read your progress and notes, so send it only to yourself.
        </p>
        <p>
          <button type="button" className="button" disabled={count === 0} onClick={() => void makeTransfer()}>
            {plan ? 'Make a new link and code' : 'Make a link and code'}
          </button>
        </p>
        {plan && (
          <div className="transfer">
            <p>
              <label htmlFor={`${id}-link`}>Link with all your progress</label>
              <input id={`${id}-link`} className="transfer-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            </p>
            <p>
              <button
                type="button"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(link);
                    setCopied(true);
                    setMessage('Link copied.');
                  } catch {
                    setMessage('Copy the link from the box above.');
                  }
                }}
              >
                Copy link
              </button>{' '}
              {copied && <span>Copied.</span>}
            </p>
            {plan.notesLeftOut && (
              <p className="island-notice">Your notes make the code too large to scan, so the code leaves them out. The link above carries them.</p>
            )}
            {plan.codes.length > 1 && (
              <p className="island-notice">
                Your progress is too large for one code, so it is split into {plan.codes.length} numbered codes. Scan them one after another, in any
                order, on the other device.
              </p>
            )}
            <ol className="qr-list">
              {plan.codes.map((code, i) => (
                <li key={code}>
                  <QrCode
                    text={`${window.location.origin}${window.location.pathname}#${code}`}
                    label={plan.codes.length > 1 ? `QR code ${i + 1} of ${plan.codes.length}` : 'QR code with your progress'}
                  />
                  {plan.codes.length > 1 && <p>Code {i + 1} of {plan.codes.length}</p>}
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>

      <ImportDialog
        title="Restore this progress?"
        pending={pending}
        onClose={() => setPending(null)}
        describe={(restoring) => (
          <>
            <p>
              {restoring.source === 'link' ? 'This link' : 'This file'}{' '}
              {restoring.exportedAt && `was made ${dateTimeLabel(new Date(restoring.exportedAt))} and `}holds:
            </p>
            <ul>
              {restoring.items.map((item) => (
                <li key={item.key}>
                  {name(item)}: {item.description}
                </li>
              ))}
            </ul>
            <p>
              Merge keeps everything from both, this browser’s and the {restoring.source === 'link' ? 'link’s' : 'file’s'}. Replace swaps what is
              here for what it holds, for these parts only.
            </p>
          </>
        )}
        choices={(restoring) => [
          { label: 'Merge with mine', run: () => apply(restoring, 'merge') },
          { label: 'Replace mine', run: () => apply(restoring, 'replace') },
        ]}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
