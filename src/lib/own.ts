/**
 * Looks a key up in a record parsed from storage or a file, as an own property only: otherwise an
 * id such as "constructor" or "toString" finds Object.prototype's members instead of nothing.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
