/**
 * The only script on content pages: it turns the header's "Search" link into
 * a dialog. Nothing of search (no Fuse.js, no index) loads until the reader
 * opens it or shows intent (pointer over or focus on the button).
 */
import searchStyles from '../styles/search.css?url';

type Dialog = { open(opener: HTMLElement | null, early?: Promise<Response>): void };
let dialog: Promise<Dialog> | undefined;
let early: Promise<Response> | undefined;

/** The dialog's styles come with its code, so pages that never search don't carry them. */
function stylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStyles });
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

function load(): Promise<Dialog> {
  dialog ??= Promise.all([import('./search-dialog'), stylesheet()]).then(([m]) => m.createSearchDialog());
  return dialog;
}

/** Opening fetches the index and the engine alongside the dialog's code, not after it: one round trip fewer. */
function open(from: HTMLElement | null) {
  if (!early) {
    early = fetch('/search-index.json');
    void import('../lib/search/engine');
  }
  void load().then((d) => d.open(from, early));
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
if (link) {
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return; // open the A–Z page in a new tab as asked
    event.preventDefault();
    open(link);
  });
  for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) link.addEventListener(intent, () => void load(), { once: true, passive: true });
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if ((event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) || shortcut) {
      event.preventDefault();
      open(link);
    }
  });
}
