/** Every entry of one collection that a piece of content points to, in first-seen order. */
export function collectRefs(value: unknown, collection: string, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, collection, found);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (obj.collection === collection && typeof obj.id === 'string') {
      if (!found.includes(obj.id)) found.push(obj.id);
    } else {
      for (const v of Object.values(obj)) collectRefs(v, collection, found);
    }
  }
  return found;
}
