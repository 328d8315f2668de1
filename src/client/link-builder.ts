/** The counselors' link builder: turns choices into a practice or section link to copy. */
import { absolute, practiceLink, sectionLink } from '../lib/counselors/links';

const form = document.querySelector<HTMLFormElement>('[data-link-builder]');
if (form) {
  const occupation = form.querySelector<HTMLSelectElement>('#lb-occupation')!;
  const output = form.querySelector<HTMLInputElement>('#lb-link')!;
  const open = form.querySelector<HTMLAnchorElement>('[data-open]')!;
  const status = form.querySelector<HTMLElement>('[data-builder-status]')!;
  const checked = (name: string, scope: ParentNode) =>
    [...scope.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

  const update = () => {
    const id = occupation.value;
    for (const el of form.querySelectorAll<HTMLElement>('[data-skills-for], [data-sections-for]')) {
      el.hidden = (el.dataset['skillsFor'] ?? el.dataset['sectionsFor']) !== id;
    }
    const skills = form.querySelector<HTMLElement>(`[data-skills-for="${id}"]`)!;
    const section = form.querySelector<HTMLSelectElement>(`[data-sections-for="${id}"] select`)!.value;
    const path = section ? sectionLink(id, section) : practiceLink(id, { skills: checked('skill', skills), categories: checked('category', form) });
    output.value = absolute(path, location.origin);
    open.href = path;
  };

  form.hidden = false;
  form.addEventListener('change', update);
  form.querySelector<HTMLButtonElement>('[data-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Link copied.';
    } catch {
      output.select();
      status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected link.';
    }
  });
  update();
}
