/** Glossary terms with their benchmark figures, built once for the glossary page and the guides. */
import { must, site, type TermData } from './site';
import { makeFigure, type Figure } from '../lib/figures/figure';

export type TermView = TermData & { figures: Figure[] };

let cached: Promise<Map<string, TermView>> | undefined;

async function build(): Promise<Map<string, TermView>> {
  const { glossary, sources } = await site();
  return new Map(
    [...glossary.values()].map((t) => [
      t.id,
      {
        ...t,
        figures: t.benchmarks.map((b, i) =>
          makeFigure({
            id: `glossary:${t.id}[${i}]`,
            measure: `benchmark:${t.id}:${b.label}`,
            label: b.label,
            value: b.value,
            unit: 'text',
            period: b.asOf,
            source: must(sources, b.source.id),
            note: b.note,
          }),
        ),
      },
    ]),
  );
}

/** Every glossary term, by id, with its benchmarks as figures. */
export function glossaryViews(): Promise<Map<string, TermView>> {
  cached ??= build();
  return cached;
}
