/**
 * The search dialog: an ARIA combobox with a listbox of ranked results.
 * Loaded on first use; fetches the search engine (with Fuse.js) and the index only now:
 * the core first (results show from it), then the body text's words.
 */
import type { SearchEngine } from '../lib/search/engine';
import type { PackedCore, PackedText } from '../lib/search/pack';
import { TYPE_NAMES, type Segment } from '../lib/search/query';

const SUGGESTIONS = ['pay', 'work from home', 'angry customer', 'AHT', 'how to become'];
/** How long the rest of the index waits for the first results before it is read anyway. */
const MORE_AFTER_MS = 300;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Matched text goes in <mark>; everything is text nodes, so content can never inject markup. */
function segments(parent: HTMLElement, parts: Segment[]) {
  for (const p of parts) parent.append(p.match ? el('mark', {}, p.text) : document.createTextNode(p.text));
}

export function createSearchDialog() {
  const dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const form = el('form', { role: 'search', method: 'dialog' });
  const title = el('h2', { id: 'search-title', class: 'search-title' }, 'Search the site');
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-describedby': 'search-status',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Try “angry customer” or “AHT”',
  });
  const label = el('label', { for: 'search-input', class: 'visually-hidden' }, 'Search careers, sections, questions, skills and terms');
  const close = el('button', { type: 'button', class: 'search-close' }, 'Close');
  const status = el('p', { id: 'search-status', class: 'search-status', role: 'status' });
  const list = el('div', { id: 'search-results', role: 'listbox', 'aria-label': 'Search results', class: 'search-results' });
  const suggest = el('div', { class: 'search-suggest' });
  const help = el('p', { class: 'search-help muted' }, '↑ ↓ to move, Enter to open, Esc to close.');
  form.append(label, input);
  const head = el('div', { class: 'search-head' });
  head.append(title, close);
  dialog.append(head, form, status, suggest, list, help);
  document.body.append(dialog);

  let engine: SearchEngine | undefined;
  let ready: Promise<void> | undefined;
  let firstKey = true;
  let firstResults = true;
  let options: HTMLElement[] = [];
  let active = -1;
  let opener: HTMLElement | null = null;

  const json = <T,>(url: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<T>;
    });

  // Marks for `npm run bench` (scripts/bench/search.mjs): loading, the first results, and each keystroke's query.
  const rerender = () => {
    if (dialog.open && input.value.trim()) render();
  };
  // The loader's early fetch serves the first attempt only; a retry fetches afresh.
  let triedEarly = false;
  const coreIndex = (early?: Promise<Response>) => {
    const first = !triedEarly && early;
    triedEarly = true;
    return first ? first.then((r) => (r.ok ? (r.json() as Promise<PackedCore>) : json<PackedCore>('/search-index.json'))) : json<PackedCore>('/search-index.json');
  };
  // Questions and the body text's words, and Fuse.js for typos: fetched as soon as the core is in,
  // but read only once the first results are on screen (or the reader pauses), so reading them
  // never holds up the keystroke that brings the first results.
  let startMore: (() => void) | undefined;
  let moreTimer: ReturnType<typeof setTimeout> | undefined;
  const loadIndex = (early?: Promise<Response>) =>
    (ready ??= (performance.mark('search-load-start'), Promise.all([import('../lib/search/engine'), coreIndex(early)])).then(([mod, core]) => {
      engine = new mod.SearchEngine(core);
      performance.measure('search-load', 'search-load-start');
      const text = fetch('/search-text.json');
      const fuse = import('fuse.js/basic');
      // Until they are read, a failed fetch is not an unhandled rejection; reading it reports it.
      text.catch(() => undefined);
      fuse.catch(() => undefined);
      startMore = () => {
        startMore = undefined;
        clearTimeout(moreTimer);
        const read = text.then((r) => (r.ok ? (r.json() as Promise<PackedText>) : json<PackedText>('/search-text.json')));
        const more = [read.then((t) => engine!.addText(t)), fuse.then((f) => engine!.useFuzzy(f.default))].map((p) => p.then(rerender));
        Promise.all(more)
          .then(() => performance.measure('search-text', 'search-load-start'))
          .catch(() => {
            /* Results from the core stand; the rest is tried again the next time a page loads. */
          });
      };
      moreTimer = setTimeout(() => startMore?.(), MORE_AFTER_MS);
    }));
  /** After the first results, the rest is read once they are painted. */
  const afterFirstResults = () => requestAnimationFrame(() => setTimeout(() => startMore?.(), 0));

  /** `scroll`: bring the option into view (arrow keys, pointer). */
  function setActive(i: number, scroll = true) {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (scroll) option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function showSuggestions(message: string) {
    list.replaceChildren();
    options = [];
    setActive(-1);
    input.setAttribute('aria-expanded', 'false');
    status.textContent = message;
    const p = el('p', {}, 'Try: ');
    SUGGESTIONS.forEach((s, i) => {
      const b = el('button', { type: 'button', class: 'linkish' }, s);
      b.addEventListener('click', () => {
        input.value = s;
        render();
        input.focus();
      });
      p.append(b, document.createTextNode(i < SUGGESTIONS.length - 1 ? ', ' : '.'));
    });
    showAtoZ('Or browse ');
    suggest.prepend(p);
  }

  function showAtoZ(text: string) {
    const az = el('p', {}, text);
    az.append(el('a', { href: '/search/' }, 'everything A to Z'), document.createTextNode('.'));
    suggest.replaceChildren(az);
  }

  function render() {
    const q = input.value.trim();
    if (!engine) return;
    if (q.length < 2) return showSuggestions('Type at least two letters.');
    const started = performance.now();
    const result = engine.search(q, 12);
    performance.measure('search-query', { start: started, end: performance.now() });
    if (startMore) afterFirstResults();
    if (result.hits.length === 0) return showSuggestions(`No results for “${q}”. Check the spelling, use fewer words, or browse the A–Z list.`);
    list.replaceChildren();
    options = [];
    result.hits.forEach((hit, n) => {
      const option = el('a', { role: 'option', id: `search-o-${n}`, href: hit.doc.url, 'aria-selected': 'false', tabindex: '-1', class: 'search-option' });
      const t = el('span', { class: 'search-option-title' });
      segments(t, hit.title);
      const context = hit.doc.type === 'section' ? `${TYPE_NAMES.section} · ${hit.doc.context}` : hit.doc.context;
      option.append(t, el('span', { class: 'search-option-context' }, context));
      option.addEventListener('mousemove', () => setActive(options.indexOf(option)));
      list.append(option);
      options.push(option);
    });
    input.setAttribute('aria-expanded', 'true');
    const count = `${options.length} result${options.length === 1 ? '' : 's'}`;
    if (result.good) {
      suggest.replaceChildren();
      status.textContent = `${count}. Use up and down arrows to choose.`;
    } else {
      status.textContent = `Nothing matches all of “${q}”. ${count} that match part of it. Use up and down arrows to choose.`;
      showAtoZ('Not what you need? Browse ');
    }
    // The first option sits under the input being typed in: no scrolling, so no forced layout per keystroke.
    setActive(0, false);
    if (firstResults) {
      firstResults = false;
      performance.mark('search-first-results');
    }
  }

  input.addEventListener('input', () => {
    if (firstKey) {
      firstKey = false;
      performance.mark('search-first-key');
    }
    if (engine) render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) go(option.getAttribute('href')!);
    } else if (event.key === 'Home' && options.length && event.ctrlKey) setActive(0);
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[role="option"]');
    if (option && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      go(option.getAttribute('href')!);
    }
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });

  function go(url: string) {
    const target = new URL(url, location.href);
    dialog.close();
    if (target.pathname === location.pathname && target.hash) {
      location.hash = target.hash;
    } else location.assign(target.href);
  }

  return {
    /** `early`: the core index, when the loader started fetching it alongside this module. */
    open(from: HTMLElement | null, early?: Promise<Response>) {
      opener = from;
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      if (!engine) {
        status.textContent = 'Loading search…';
        list.setAttribute('aria-busy', 'true');
        loadIndex(early)
          .then(() => {
            list.removeAttribute('aria-busy');
            if (input.value.trim()) render();
            else showSuggestions('Search is ready.');
          })
          .catch(() => {
            ready = undefined;
            list.removeAttribute('aria-busy');
            status.textContent = 'Search could not load. Check your connection, or use the A–Z list instead.';
            suggest.replaceChildren(el('a', { href: '/search/' }, 'Open the A–Z list'));
          });
      } else if (input.value.trim()) render();
      else showSuggestions('');
    },
  };
}
