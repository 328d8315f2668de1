/**
 * What the page tests (tests/e2e/pages/, on the real build) expect to see for the real CSR guide,
 * read from the content files, so a data refresh changes the content and nothing here. The tests
 * check that figures travel from the content to the page intact (formatted, with source and
 * date), not what the figures are. This is the one place the e2e tests read real figures: the
 * behaviour tests (tests/e2e/behaviour/) run on the fixture site and read tests/e2e/fixture.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { count, money, refDate, signedPercent } from '../../src/lib/format';

const CSR_ID = 'customer-service-representative';

function frontmatter(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]!);
}

const csr = frontmatter(`content/occupations/${CSR_ID}.mdx`);

/** Every question listed for the CSR, across all question files: the size of the CSR drill. */
function questionsFor(occupation: string): number {
  let n = 0;
  for (const name of readdirSync('content/questions').filter((f) => /\.ya?ml$/.test(f))) {
    const list = parse(readFileSync(`content/questions/${name}`, 'utf8')) as { occupations?: string[] }[];
    n += list.filter((q) => q.occupations?.includes(occupation)).length;
  }
  return n;
}

const history = csr.pay.history as { annual?: number; hourly?: number; period: string }[];

export const CSR_FIGURES = {
  medianAnnual: money(csr.pay.medianAnnual.value),
  medianAnnualAsOf: refDate(String(csr.pay.medianAnnual.period)),
  medianHourly: money(csr.pay.medianHourly.value, 'hour'),
  education: String(csr.education.typical),
  training: String(csr.education.training),
  change: signedPercent(csr.outlook.change.value),
  changePeriod: String(csr.outlook.change.period),
  openings: count(csr.outlook.openings.value),
  /** Every figure of the pay history, as the table should print it. */
  history: history.flatMap((h) => [
    ...(h.annual !== undefined ? [money(h.annual)] : []),
    ...(h.hourly !== undefined ? [money(h.hourly, 'hour')] : []),
  ]),
  questions: questionsFor(CSR_ID),
};
