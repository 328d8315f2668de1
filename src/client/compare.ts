/**
 * The compare page's picker: up to three occupations side by side, kept in the URL as
 * ?pick=a,b,c so the comparison can be shared. Rules live in src/lib/compare/pick.ts.
 */
import { MAX_PICK, parsePick, pickQuery, sharedSkills } from '../lib/compare/pick';

const root = document.querySelector<HTMLElement>('[data-compare-picker]');
if (root) {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="pick"]')];
  const cards = new Map([...root.querySelectorAll<HTMLElement>('[data-card]')].map((c) => [c.dataset['card']!, c]));
  const status = root.querySelector<HTMLElement>('[data-picker-status]')!;
  const copy = root.querySelector<HTMLButtonElement>('[data-copy-pick]')!;
  const cardRow = root.querySelector<HTMLElement>('[data-picker-cards]')!;
  const skillsOf = (id: string) => [...(cards.get(id)?.querySelectorAll<HTMLElement>('[data-skill]') ?? [])].map((li) => li.dataset['skill']!);
  let picked: string[] = [];

  const show = (announce: string) => {
    const shared = new Set(sharedSkills(picked, skillsOf));
    for (const [id, card] of cards) {
      card.hidden = !picked.includes(id);
      card.style.order = String(picked.indexOf(id));
      for (const li of card.querySelectorAll<HTMLElement>('[data-skill]')) {
        const isShared = picked.length > 1 && shared.has(li.dataset['skill']!);
        li.classList.toggle('is-shared', isShared);
        li.querySelector('.shared-mark')!.textContent = isShared ? ' (shared)' : '';
      }
    }
    for (const box of boxes) {
      box.checked = picked.includes(box.value);
      box.disabled = !box.checked && picked.length >= MAX_PICK;
    }
    copy.hidden = picked.length === 0;
    // A scrolling row of cards must be reachable from the keyboard, but only while it shows any.
    cardRow.tabIndex = picked.length > 1 ? 0 : -1;
    const url = `${location.pathname}${pickQuery(picked)}`;
    history.replaceState(null, '', url);
    status.textContent = announce;
  };

  const initial = parsePick(location.search, boxes.map((b) => b.value));
  picked = initial.ids;
  root.querySelector<HTMLFieldSetElement>('[data-picker-fieldset]')!.disabled = false;
  // A link with ids the page can't show opens the chooser, so the reader sees why.
  if (initial.ignored.length) root.querySelector<HTMLDetailsElement>('[data-picker-details]')!.open = true;
  show(
    initial.ignored.length
      ? `Left out ${initial.ignored.join(', ')}: not an occupation on this page, or more than ${MAX_PICK}.`
      : picked.length
        ? `Comparing ${picked.length}.`
        : `Tick up to ${MAX_PICK} occupations to see them side by side.`,
  );

  for (const box of boxes) {
    box.addEventListener('change', () => {
      picked = box.checked ? [...picked, box.value].slice(0, MAX_PICK) : picked.filter((id) => id !== box.value);
      show(picked.length >= MAX_PICK ? `Comparing ${MAX_PICK}, the most at once. Untick one to choose another.` : `Comparing ${picked.length}.`);
    });
  }
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = `Copy this link: ${location.href}`;
    }
  });
}
