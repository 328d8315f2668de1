/** The compare picker's `?pick=` list: up to three occupations, kept in the URL so it can be shared. */
export const MAX_PICK = 3;

export interface Pick {
  ids: string[];
  /** Values that name no occupation, or that came after the third. */
  ignored: string[];
}

/** `?pick=teller,receptionist` or repeated `pick` parameters; unknown ids and extras are reported. */
export function parsePick(search: string, known: readonly string[]): Pick {
  const params = new URLSearchParams(search);
  const wanted = params
    .getAll('pick')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const set = new Set(known);
  const ids: string[] = [];
  const ignored: string[] = [];
  for (const id of wanted) {
    if (ids.includes(id)) continue;
    if (set.has(id) && ids.length < MAX_PICK) ids.push(id);
    else ignored.push(id);
  }
  return { ids, ignored };
}

export function pickQuery(ids: readonly string[]): string {
  return ids.length ? `?pick=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** Skills every picked occupation lists. */
export function sharedSkills(rows: readonly Pick['ids'][number][], skillsOf: (id: string) => readonly string[]): string[] {
  if (rows.length === 0) return [];
  const [first, ...rest] = rows.map(skillsOf);
  return (first ?? []).filter((s) => rest.every((list) => list.includes(s)));
}
