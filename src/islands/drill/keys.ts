/** Whether a key press belongs to the drill's shortcuts rather than to a field or a dialog. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], dialog, [role="dialog"], summary')) return false;
  return !document.querySelector('dialog[open]');
}

/** Space and Enter on a focused button or link already activate it; don't act twice. */
export function isOnControl(event: KeyboardEvent): boolean {
  return Boolean((event.target as HTMLElement | null)?.closest('button, a, [role="tab"]'));
}

/** Ctrl+Z (Cmd+Z on a Mac) outside a text field: undo the last grade, as in Anki. */
export function isUndoEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return false;
  if (event.key.toLowerCase() !== 'z') return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return false;
  return !document.querySelector('dialog[open]');
}
