/**
 * <guide-contents>: marks the section being read in the guide's contents (aria-current), and on
 * phones closes the contents list once a section is chosen. Old links to a question on the
 * guide (#q-<id>, pasted by counselors before the answer guides moved) go on to that question on
 * the questions page; without JavaScript the guide's own short list carries the same anchors.
 */
class GuideContents extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    const links = new Map([...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
    const sections = [...links.keys()].map((id) => document.getElementById(id)?.closest('section')).filter((s): s is HTMLElement => !!s);
    const wide = matchMedia('(min-width: 62rem)');
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a') && details && !wide.matches) details.open = false;
    });
    let current: HTMLAnchorElement | undefined;
    const mark = (id: string) => {
      const link = links.get(id);
      if (!link || link === current) return;
      current?.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'true');
      current = link;
    };
    // The section whose top most recently crossed the upper third of the screen is "here".
    const visible = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
        const first = sections.find((s) => visible.has(s));
        const heading = first?.querySelector('[id]');
        if (heading) mark(heading.id);
      },
      { rootMargin: '-20% 0px -60% 0px' },
    );
    sections.forEach((s) => observer.observe(s));
  }
}
customElements.define('guide-contents', GuideContents);

function followOldQuestionLink() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!hash.startsWith('q-')) return;
  // A question the guide lists links to its answer; any other lives on the questions page.
  const answer = document.getElementById(hash)?.querySelector<HTMLAnchorElement>('a[data-answer]')?.href;
  const page = document.querySelector<HTMLElement>('guide-contents')?.dataset.questions;
  const target = answer ?? (page && `${page}#${encodeURIComponent(hash)}`);
  if (target) location.replace(target);
}
/**
 * A link to something inside a fold (a skill from search, a step) opens the folds around it, so
 * it lands on text the reader can see. Chromium does this by itself; other browsers may not.
 */
function openFoldsAroundTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  let fold = id ? document.getElementById(id)?.closest('details') : null;
  while (fold) {
    fold.open = true;
    fold = fold.parentElement?.closest('details') ?? null;
  }
}

followOldQuestionLink();
openFoldsAroundTarget();
addEventListener('hashchange', () => {
  followOldQuestionLink();
  openFoldsAroundTarget();
});
