/** Every entry of one collection that a piece of content points to, in first-seen order. */
export function collectRefs(value: unknown, collection: string, found: string[] = []): string[] {
  // A list is an object too: its values are its items, in order.
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (obj.collection === collection && typeof obj.id === 'string') {
      if (!found.includes(obj.id)) found.push(obj.id);
    } else {
      for (const v of Object.values(obj)) collectRefs(v, collection, found);
    }
  }
  return found;
}
