/**
 * "Your data", one panel for both islands: where the data is kept, export buttons, an import from
 * a file that changes nothing until the user picks a choice in the dialog (merge, replace or
 * cancel), the device notes, and a reset that asks first. Each island passes in what is its own:
 * how its file is read, what the dialog says the file holds, and what each choice does.
 * /your-data/ builds its restore from the same file field and import dialog.
 */
import './shared.css';
import { useId, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { LaterDeviceData as DeviceData } from './later';

/** A file read and checked: what the dialog will offer, or the message for the user. */
export type FileRead<P> = { ok: true; value: P } | { ok: false; error: string };

export interface Action {
  label: string;
  run: () => void;
  disabled?: boolean;
}

interface FileFieldProps<P> {
  label: string;
  /** Reads the file's text; may load its validator first. Never throws. */
  read: (text: string) => FileRead<P> | Promise<FileRead<P>>;
  onRead: (value: P) => void;
  /** The message for a refused file, or null when a new file is chosen. */
  onError: (message: string | null) => void;
}

/** A file input that reads the chosen file, then clears itself so the same file can be chosen again. */
export function FileField<P>({ label, read, onRead, onError }: FileFieldProps<P>) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (chosen: File | undefined) => {
    onError(null);
    if (!chosen) return;
    const result = await read(await chosen.text());
    if (input.current) input.current.value = '';
    if (result.ok) onRead(result.value);
    else onError(result.error);
  };
  return (
    <p className="data-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input ref={input} id={id} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
    </p>
  );
}

/** The buttons of a dialog or panel: the first is the main one. */
function Actions({ actions, danger = false }: { actions: readonly Action[]; danger?: boolean }) {
  return (
    <div className="data-actions">
      {actions.map((action, index) => (
        <button
          key={action.label}
          type="button"
          className={[index === 0 && 'button', index === 0 && danger && 'danger'].filter(Boolean).join(' ') || undefined}
          disabled={action.disabled}
          onClick={action.run}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}

interface ImportDialogProps<P> {
  title: string;
  pending: P | null;
  /** What the file holds, in the user's words, and what the choices will do. */
  describe: (pending: P) => ReactNode;
  /** Merge, replace…; the dialog adds Cancel and closes after any choice. */
  choices: (pending: P) => readonly Action[];
  onClose: () => void;
}

/** Asks before an import changes anything: the file's content, then the choices and Cancel. */
export function ImportDialog<P>({ title, pending, describe, choices, onClose }: ImportDialogProps<P>) {
  const close = (run: () => void) => () => {
    run();
    onClose();
  };
  return (
    <Dialog open={pending !== null} title={title} onClose={onClose}>
      {pending !== null && (
        <>
          {describe(pending)}
          <Actions actions={[...choices(pending).map((c) => ({ ...c, run: close(c.run) })), { label: 'Cancel', run: onClose }]} />
        </>
      )}
    </Dialog>
  );
}

export interface ResetText {
  /** "Reset progress…" */
  label: string;
  title: string;
  /** What is deleted, and the advice to export first. */
  body: string;
  /** "Delete my progress" */
  confirm: string;
  /** "Keep it" */
  keep: string;
  /** Announced once done: "Progress reset." */
  done: string;
}

interface Props<P> {
  /** The panel's look in its island ("drill-card", "assess-box no-print"). */
  className: string;
  /** Where the data is kept, in a sentence or two. */
  intro: ReactNode;
  exports: readonly Action[];
  /** Anything the island adds after its export buttons (how to open an Anki file). */
  children?: ReactNode;
  importLabel: string;
  read: FileFieldProps<P>['read'];
  /** Added to a refused file's message: "Your progress has not changed." */
  unchanged: string;
  importTitle: string;
  describe: ImportDialogProps<P>['describe'];
  choices: ImportDialogProps<P>['choices'];
  reset: ResetText;
  onReset: () => void;
  announce: (message: string) => void;
}

/** Export, import (validated, asks first), device notes and reset (asks first). */
export function DataPanel<P>(props: Props<P>) {
  const { className, intro, exports, children, importLabel, read, unchanged, importTitle, describe, choices, reset, onReset, announce } = props;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<P | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      {intro}
      <Actions actions={exports} />
      {children}
      <FileField label={importLabel} read={read} onRead={setPending} onError={setError} />
      {error && (
        <p className="island-notice" role="alert">
          {error} {unchanged}
        </p>
      )}
      <DeviceData />
      <div className="data-actions">
        <button type="button" className="danger" onClick={() => setConfirmReset(true)}>
          {reset.label}
        </button>
      </div>
      <ImportDialog title={importTitle} pending={pending} describe={describe} choices={choices} onClose={() => setPending(null)} />
      <Dialog open={confirmReset} title={reset.title} onClose={() => setConfirmReset(false)}>
        <p>{reset.body}</p>
        <Actions
          danger
          actions={[
            {
              label: reset.confirm,
              run: () => {
                onReset();
                setConfirmReset(false);
                announce(reset.done);
              },
            },
            { label: reset.keep, run: () => setConfirmReset(false) },
          ]}
        />
      </Dialog>
    </section>
  );
}
