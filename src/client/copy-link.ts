/**
 * The "#" next to every section, question and glossary term is a link to it. With JavaScript,
 * following it also copies the full address, so a counselor can paste it into an email, and says
 * so to screen readers. Without JavaScript it is still a plain link to the anchor.
 */
let live: HTMLElement | undefined;

function say(message: string) {
  if (!live) {
    live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  live.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeat of the same words.
  window.setTimeout(() => (live!.textContent = message), 50);
}

document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a.anchor');
  if (!link || !navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey) return;
  navigator.clipboard.writeText(link.href).then(
    () => say('Link copied.'),
    () => undefined,
  );
});
