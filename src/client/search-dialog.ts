/**
 * The search dialog: an ARIA combobox with a listbox of grouped results.
 * Loaded on first use; fetches the index and Fuse.js only now.
 */
import type Fuse from 'fuse.js/basic';
import type { SearchDoc } from '../lib/search/documents';
import { FUSE_OPTIONS, groupResults, type Segment } from '../lib/search/query';

const SUGGESTIONS = ['angry customer', 'AHT', 'call center rep', 'day in the life', 'empathy'];

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

  let fuse: Fuse<SearchDoc> | undefined;
  let ready: Promise<void> | undefined;
  let options: HTMLElement[] = [];
  let active = -1;
  let opener: HTMLElement | null = null;

  // Marks for `npm run bench` (scripts/bench/search.mjs): loading, and each keystroke's query.
  const loadIndex = () =>
    (ready ??= (performance.mark('search-load-start'), Promise.all([
      import('fuse.js/basic'),
      fetch('/search-index.json').then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<{ docs: SearchDoc[] }>;
      }),
    ]).then(([mod, index]) => {
      fuse = new mod.default(index.docs, FUSE_OPTIONS);
      performance.measure('search-load', 'search-load-start');
    })));

  function setActive(i: number) {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
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
    const az = el('p', {}, 'Or browse ');
    az.append(el('a', { href: '/search/' }, 'everything A to Z'), document.createTextNode('.'));
    suggest.replaceChildren(p, az);
  }

  function render() {
    const q = input.value.trim();
    if (!fuse) return;
    if (q.length < 2) return showSuggestions('Type at least two letters.');
    const started = performance.now();
    const groups = groupResults(fuse.search(q, { limit: 40 }));
    performance.measure('search-query', { start: started, end: performance.now() });
    if (groups.length === 0) return showSuggestions(`No results for “${q}”. Check the spelling, use fewer words, or browse the A–Z list.`);
    list.replaceChildren();
    suggest.replaceChildren();
    options = [];
    let n = 0;
    for (const g of groups) {
      const group = el('div', { role: 'group', 'aria-label': g.label });
      group.append(el('div', { class: 'search-group', 'aria-hidden': 'true' }, g.label));
      for (const item of g.items) {
        const option = el('a', { role: 'option', id: `search-o-${n++}`, href: item.doc.url, 'aria-selected': 'false', tabindex: '-1', class: 'search-option' });
        const t = el('span', { class: 'search-option-title' });
        segments(t, item.title);
        option.append(t, el('span', { class: 'search-option-context' }, item.doc.context));
        option.addEventListener('mousemove', () => setActive(options.indexOf(option)));
        group.append(option);
        options.push(option);
      }
      list.append(group);
    }
    input.setAttribute('aria-expanded', 'true');
    status.textContent = `${options.length} result${options.length === 1 ? '' : 's'}. Use up and down arrows to choose.`;
    setActive(0);
  }

  input.addEventListener('input', () => {
    if (fuse) render();
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
    open(from: HTMLElement | null) {
      opener = from;
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      if (!fuse) {
        status.textContent = 'Loading search…';
        list.setAttribute('aria-busy', 'true');
        loadIndex()
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
