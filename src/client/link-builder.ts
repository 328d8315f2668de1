/**
 * <link-builder>: the counselors' link builder. Shows only the chosen occupation's skills,
 * previews the deck a link opens, and gives no link at all for a choice that opens no question.
 * The rules are in src/lib/counselors/builder.ts; this element only wires the form to them.
 */
import { buildDeck, deckPreview, type BuilderOccupation } from '../lib/counselors/builder';
import { absolute, sectionLink } from '../lib/counselors/links';

class LinkBuilder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-link-builder]');
    const json = this.querySelector('[data-builder-data]')?.textContent;
    if (!form || !json) return;
    const data = new Map((JSON.parse(json) as BuilderOccupation[]).map((o) => [o.id, o]));
    const occupation = form.querySelector<HTMLSelectElement>('#lb-occupation')!;
    const output = form.querySelector<HTMLInputElement>('#lb-link')!;
    const open = form.querySelector<HTMLAnchorElement>('[data-open]')!;
    const copy = form.querySelector<HTMLButtonElement>('[data-copy]')!;
    const preview = form.querySelector<HTMLElement>('[data-preview]')!;
    const status = form.querySelector<HTMLElement>('[data-builder-status]')!;
    const checked = (name: string, scope: ParentNode) =>
      [...scope.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked:not(:disabled)`)].map((i) => i.value);

    const showOnly = (id: string) => {
      for (const el of form.querySelectorAll<HTMLElement>('[data-skills-for], [data-sections-for]')) {
        const mine = (el.dataset['skillsFor'] ?? el.dataset['sectionsFor']) === id;
        el.hidden = !mine;
        if (el instanceof HTMLFieldSetElement) {
          el.disabled = !mine;
          // A skill ticked for another occupation must not ride along into this one's link.
          if (!mine) el.querySelectorAll<HTMLInputElement>('input:checked').forEach((i) => (i.checked = false));
        }
      }
    };

    const setLink = (path: string | null) => {
      output.value = path ? absolute(path, location.origin) : '';
      output.disabled = !path;
      copy.disabled = !path;
      open.hidden = !path;
      if (path) open.href = path;
    };

    const update = () => {
      const id = occupation.value;
      const occ = data.get(id)!;
      const section = form.querySelector<HTMLSelectElement>(`[data-sections-for="${id}"] select`)!.value;
      status.textContent = '';
      if (section) {
        preview.classList.remove('refused');
        preview.replaceChildren(paragraph(`Opens the ${occ.title} guide at “${form.querySelector<HTMLSelectElement>(`[data-sections-for="${id}"] select`)!.selectedOptions[0]!.text}”.`));
        setLink(sectionLink(id, section));
        return;
      }
      const skills = form.querySelector<HTMLElement>(`[data-skills-for="${id}"]`)!;
      const built = buildDeck(occ, { skills: checked('skill', skills), categories: checked('category', form) });
      const shown = deckPreview(built);
      preview.classList.toggle('refused', shown.refused);
      preview.replaceChildren(paragraph(shown.lead));
      if (shown.items.length) {
        const list = document.createElement('ol');
        for (const text of shown.items) list.append(Object.assign(document.createElement('li'), { textContent: text }));
        preview.append(list);
      }
      if (shown.more) preview.append(paragraph(shown.more));
      if (!built.ok) {
        setLink(null);
        return;
      }
      setLink(built.path);
    };

    occupation.addEventListener('change', () => showOnly(occupation.value));
    form.addEventListener('change', update);
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(output.value);
        status.textContent = 'Link copied.';
      } catch {
        output.select();
        status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected link.';
      }
    });
    showOnly(occupation.value);
    update();
  }
}

function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}

customElements.define('link-builder', LinkBuilder);
