/**
 * An island's props as one JSON text. Astro serializes every nested value of a prop as its own
 * `[type, value]` pair and revives the tree in the browser value by value, before hydration and in
 * one task (about 90 ms for the drill's questions on a 4× slowed phone). A string prop is passed
 * as it is, so the island pays for one native `JSON.parse` instead.
 *
 * Only plain JSON survives the trip: no Dates, Maps, Sets or `undefined` values (dropped).
 */
declare const carries: unique symbol;

/** JSON text of a `T`; the brand keeps the page and the island agreeing on the shape. */
export type IslandData<T> = string & { readonly [carries]?: T };

export function toIslandData<T>(value: T): IslandData<T> {
  return JSON.stringify(value) as IslandData<T>;
}

export function fromIslandData<T>(data: IslandData<T>): T {
  return JSON.parse(data) as T;
}
