/**
 * Synthetic content for benchmarks: N occupations, each a full guide that the
 * content rules accept (every field the schema knows, sized like the real CSR
 * guide), a few interview questions per occupation, and the skills, sources
 * and glossary they cite. Deterministic: the same N gives the same files.
 *
 *   writeContent('bench/tmp/content-1000', 1000)   → the content folder
 *   writeBaselineMarkdown('bench/tmp/baseline-1000/src/posts', 1000)
 *                                                  → N plain .md files of the same text length
 *
 * Also runnable on its own: node scripts/bench/synthetic.mjs <dir> <n>
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const QUESTIONS_PER_OCCUPATION = 3;
const OCCUPATIONS_PER_QUESTION_FILE = 50;
/** Dates well in the past, so "no reference date in the future" holds on any clock. */
const AS_OF = '2024-05';
const REVIEWED = '2025-06-01';

/** A small seeded PRNG (mulberry32): same seed, same content. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'customer account order refund billing queue ticket policy schedule shift team lead coach ' +
  'call chat email record note system product service payment return exchange delivery issue ' +
  'question answer problem solution follow-up escalation quality review target training ' +
  'knowledge base script contact handle resolve explain check confirm update track report ' +
  'listen calm clear accurate fast careful friendly honest patient organised reliable helpful ' +
  'daily weekly busy quiet routine difficult urgent simple complex new regular loyal upset'
).split(' ');

function sentence(rand, min = 8, max = 18) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}
const sentences = (rand, n, min, max) => Array.from({ length: n }, () => sentence(rand, min, max)).join(' ');
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
function pickSome(rand, list, n) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
const pad = (n, width = 4) => String(n).padStart(width, '0');
const round2 = (x) => Math.round(x * 100) / 100;

const SKILL_NAMES = [
  'Communication', 'Active listening', 'Empathy', 'Problem solving', 'De-escalation', 'Product knowledge',
  'Computer literacy', 'Rapport', 'Organization', 'Resilience', 'Attention to detail', 'Teamwork',
  'Commercial awareness', 'Dependability', 'Integrity', 'Typing', 'Written English', 'Time management',
  'Negotiation', 'Data entry', 'Coaching', 'Scheduling', 'Cash handling', 'Multitasking',
];
const FIELDS = [
  'Billing', 'Claims', 'Order', 'Account', 'Member', 'Guest', 'Client', 'Patient', 'Travel', 'Retail',
  'Insurance', 'Banking', 'Utility', 'Telecom', 'Shipping', 'Warranty', 'Returns', 'Loyalty', 'Subscription', 'Help desk',
];
const ROLES = ['Support Specialist', 'Service Agent', 'Care Advisor', 'Services Clerk', 'Desk Associate', 'Relations Officer', 'Contact Agent', 'Support Coordinator', 'Service Representative', 'Care Associate'];
const LEVELS = ['', 'Senior ', 'Lead ', 'Junior ', 'Remote ', 'Bilingual '];
const CHANNELS = ['phone', 'email', 'live chat', 'social media', 'text', 'in person'];
const CATEGORIES = ['behavioral', 'situational', 'motivational', 'technical', 'background'];

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A unique, readable title for occupation i (unique for any i). */
function titleFor(i) {
  const field = FIELDS[i % FIELDS.length];
  const role = ROLES[Math.floor(i / FIELDS.length) % ROLES.length];
  const level = LEVELS[Math.floor(i / (FIELDS.length * ROLES.length)) % LEVELS.length];
  const round = Math.floor(i / (FIELDS.length * ROLES.length * LEVELS.length));
  return `${level}${field} ${role}${round ? ` ${round + 1}` : ''}`;
}
export const occupationId = (i) => `syn-${pad(i)}-${slug(titleFor(i))}`;

export function skills() {
  const rand = rng(1);
  return SKILL_NAMES.map((name) => ({
    id: slug(name),
    name,
    description: sentence(rand, 10, 16),
    levels: { 1: sentence(rand, 6, 12), 3: sentence(rand, 6, 12), 5: sentence(rand, 6, 12) },
    improve: [sentence(rand, 6, 12), sentence(rand, 6, 12)],
  }));
}

export function sources() {
  const rand = rng(2);
  return Array.from({ length: 12 }, (_, i) => ({
    id: `source-${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    title: sentence(rand, 4, 8).replace(/\.$/, ''),
    url: `https://example.org/data/${i + 1}`,
    asOf: AS_OF,
    reliability: i % 3 ? 'secondary' : 'primary',
    // Every figure resolves to an agency's survey: pay and jobs from BLS OEWS (projections name theirs).
    ...(i % 3 ? { restates: 'bls-oews' } : { publishes: 'bls-oews' }),
  }));
}

export function glossary() {
  const rand = rng(3);
  const terms = [['fcr', 'First contact resolution', 'FCR'], ['aht', 'Average handle time', 'AHT'], ['csat', 'Customer satisfaction score', 'CSAT'], ['nps', 'Net Promoter Score', 'NPS'], ['sla', 'Service level agreement', 'SLA'], ['asa', 'Average speed of answer', 'ASA']];
  return terms.map(([id, term, abbr], i) => ({
    id,
    term,
    abbr,
    definition: sentences(rand, 2, 10, 16),
    formula: `${abbr} = ${sentence(rand, 4, 8)}`,
    benchmarks: [
      { label: 'Industry average', value: `${60 + i * 3}%`, source: 'source-1', asOf: AS_OF },
      { label: 'Good', value: `${70 + i * 3}%`, source: 'source-2', asOf: AS_OF },
    ],
  }));
}

/** One occupation's frontmatter and body. `n` is the size of the set (for links to neighbours). */
export function occupation(i, n) {
  const rand = rng(1000 + i);
  const title = titleFor(i);
  const skillIds = SKILL_NAMES.map(slug);
  const sourceIds = sources().map((s) => s.id);
  const src = () => pick(rand, sourceIds);
  const step = () => ({ title: sentence(rand, 3, 6).replace(/\.$/, ''), detail: sentences(rand, 2, 10, 18) });
  const annual = Math.round((30000 + rand() * 40000) / 10) * 10;
  const neighbour = (k) => occupationId((i + k) % n);
  const history = [2016, 2018, 2020, 2022].map((year, k) => {
    const a = Math.round((annual * (0.75 + k * 0.06)) / 10) * 10;
    return { annual: a, hourly: round2(a / 2080), source: src(), period: `${year}-05` };
  });
  const data = {
    title,
    plural: `${title}s`,
    shortTitle: title.split(' ').map((w) => w[0]).join(''),
    order: i + 1,
    alternateTitles: Array.from({ length: 8 }, (_, k) => `${pick(rand, FIELDS)} ${pick(rand, ROLES)} ${k + 1}`),
    summary: sentence(rand, 18, 26),
    soc: `43-${pad(4000 + (i % 6000))}`,
    onet: `43-${pad(4000 + (i % 6000))}.00`,
    channels: pickSome(rand, CHANNELS, 4),
    workSettings: Array.from({ length: 3 }, step),
    industries: {
      source: src(),
      period: '2021',
      shares: Array.from({ length: 5 }, (_, k) => ({ name: `${pick(rand, FIELDS)} industry ${k + 1}`, percent: 18 - k * 3 })),
    },
    schedule: [sentences(rand, 2, 10, 18), sentences(rand, 1, 10, 18)],
    education: {
      typical: 'High school diploma or equivalent',
      training: 'Short-term on-the-job training',
      experience: 'None required in a related job',
      source: src(),
      period: AS_OF,
      detail: Array.from({ length: 3 }, () => sentences(rand, 2, 10, 18)),
    },
    pay: {
      medianAnnual: { value: annual, source: src(), period: AS_OF },
      medianHourly: { value: round2(annual / 2080), source: src(), period: AS_OF, note: sentence(rand, 6, 10) },
      percentiles: {
        p10: Math.round(annual * 0.7),
        p25: Math.round(annual * 0.85),
        p75: Math.round(annual * 1.2),
        p90: Math.round(annual * 1.45),
        source: src(),
        period: AS_OF,
      },
      history,
      unknown: [sentences(rand, 2, 10, 18)],
    },
    outlook: {
      jobs: { value: 50000 + Math.floor(rand() * 2000000), source: src(), period: AS_OF },
      change: { value: Math.round(rand() * 20 - 10), period: '2024–34', survey: 'bls-ep', source: src() },
      openings: { value: 5000 + Math.floor(rand() * 300000), period: '2024–34', survey: 'bls-ep', source: src() },
      reason: { text: sentences(rand, 3, 12, 20), source: src() },
      unknown: [sentence(rand, 10, 16)],
    },
    skills: pickSome(rand, skillIds, 10).map((skill) => ({
      skill,
      why: sentences(rand, 2, 8, 14),
      entryLevel: 1 + Math.floor(rand() * 5),
      entryLevelWhy: sentence(rand, 8, 14),
    })),
    responsibilities: Array.from({ length: 7 }, step),
    dayIntro: sentences(rand, 2, 10, 16),
    dayInTheLife: ['8:45', '9:00', '9:05', '10:40', '11:15', '12:30', '13:30', '16:45'].map((time) => ({ time, ...step() })),
    becomeOne: Array.from({ length: 5 }, step),
    certifications: Array.from({ length: 2 }, (_, k) => ({
      name: `Certified ${title} level ${k + 1}`,
      body: `Institute ${k + 1}`,
      detail: sentences(rand, 2, 10, 16),
      source: src(),
    })),
    metrics: pickSome(rand, ['fcr', 'aht', 'csat', 'nps', 'sla', 'asa'], 3),
    careerPath: {
      source: src(),
      // Upward moves form a chain that ends, as the content rules require (no cycles).
      next: [i + 1 < n ? { title: titleFor(i + 1), detail: sentence(rand, 8, 14), occupation: neighbour(1) } : step(), { ...step() }],
      lateral: [{ title: titleFor((i + 2) % n), detail: sentence(rand, 8, 14), occupation: neighbour(2) }, { ...step() }],
      from: [{ ...step() }, { ...step() }],
    },
    related: Array.from({ length: 5 }, (_, k) => ({ title: `${pick(rand, FIELDS)} ${pick(rand, ROLES)}`, code: `43-${pad(5000 + k)}.00`, basis: 'onet' })),
    sources: pickSome(rand, sourceIds, 4),
    reviewed: REVIEWED,
  };
  const body = Array.from({ length: 3 }, () => sentences(rand, 4, 14, 22)).join('\n\n');
  return { id: occupationId(i), data, body };
}

export function questionsFor(i, n) {
  const rand = rng(5000 + i);
  const { id, data } = occupation(i, n);
  const skillIds = data.skills.map((s) => s.skill);
  return Array.from({ length: QUESTIONS_PER_OCCUPATION }, (_, k) => {
    const category = k === 0 ? 'behavioral' : CATEGORIES[(i + k) % CATEGORIES.length];
    const q = {
      id: `${id}-q${k + 1}`,
      text: `As a ${data.title} (${i + 1}.${k + 1}), ${sentence(rand, 8, 14).toLowerCase().replace(/\.$/, '?')}`,
      purpose: sentences(rand, 2, 12, 20),
      category,
      skills: pickSome(rand, skillIds, 2),
      occupations: k === 2 && n > 1 ? [id, occupationId((i + 1) % n)] : [id],
      strongAnswer: Array.from({ length: 3 }, () => sentence(rand, 10, 18)),
      pitfalls: Array.from({ length: 2 }, () => sentence(rand, 8, 14)),
      followUps: [sentence(rand, 6, 10).replace(/\.$/, '?')],
    };
    if (category === 'behavioral') {
      q.star = { situation: sentence(rand, 10, 16), task: sentence(rand, 10, 16), action: sentence(rand, 10, 16), result: sentence(rand, 10, 16) };
    } else {
      q.framework = sentences(rand, 2, 10, 16);
    }
    return q;
  });
}

export function occupationFile({ data, body }) {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** The same occupation as plain Markdown prose: headings, paragraphs and lists, no frontmatter facts. */
export function occupationMarkdown(i, n) {
  const { data, body } = occupation(i, n);
  const list = (items) => items.map((x) => `- ${x}`).join('\n');
  const steps = (items) => items.map((s) => `- **${s.title}**: ${s.detail}`).join('\n');
  const parts = [
    `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---`,
    `# ${data.title}`,
    data.summary,
    body,
    `## Where they work\n\n${steps(data.workSettings)}`,
    `## Schedule\n\n${list(data.schedule)}`,
    `## Education\n\n${data.education.typical}. ${data.education.training}.\n\n${list(data.education.detail)}`,
    `## Pay\n\nMedian pay is $${data.pay.medianAnnual.value} a year ($${data.pay.medianHourly.value} an hour).\n\n${list(data.pay.history.map((p) => `${p.asOf}: $${p.annual}`))}\n\n${list(data.pay.unknown)}`,
    `## Outlook\n\n${data.outlook.reason.text}\n\n${list(data.outlook.unknown)}`,
    `## Skills\n\n${data.skills.map((s) => `- **${s.skill}** (level ${s.entryLevel}): ${s.why} ${s.entryLevelWhy}`).join('\n')}`,
    `## Responsibilities\n\n${steps(data.responsibilities)}`,
    `## A day in the life\n\n${data.dayIntro}\n\n${data.dayInTheLife.map((d) => `- ${d.time} **${d.title}**: ${d.detail}`).join('\n')}`,
    `## How to become one\n\n${steps(data.becomeOne)}`,
    `## Certifications\n\n${data.certifications.map((c) => `- **${c.name}** (${c.body}): ${c.detail}`).join('\n')}`,
    `## Career path\n\n${steps([...data.careerPath.next, ...data.careerPath.lateral, ...data.careerPath.from])}`,
    `## Related\n\n${list(data.related.map((r) => `${r.title} (${r.code})`))}`,
    `## Also called\n\n${list(data.alternateTitles)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

const REAL_CONTENT = new URL('../../content/', import.meta.url);

/**
 * The hiring-test practice (typing passages, scenarios, callers, replies) is a fixed set that does
 * not grow with the occupations: the real files, with each occupation they name mapped to a
 * synthetic one and each skill to a synthetic skill, so every reference resolves.
 */
function writePractice(dir, n) {
  const realOccupations = readdirSync(new URL('occupations/', REAL_CONTENT))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
  const occupationFor = (id) => occupationId(Math.max(0, realOccupations.indexOf(id)) % n);
  const skillIds = SKILL_NAMES.map(slug);
  const skillFor = (id) => (skillIds.includes(id) ? id : skillIds[[...id].reduce((h, c) => h + c.charCodeAt(0), 0) % skillIds.length]);
  const remap = (value) => {
    if (Array.isArray(value)) return value.map(remap);
    if (!value || typeof value !== 'object') return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'occupations' && Array.isArray(v)) out[key] = [...new Set(v.map(occupationFor))];
      else if (key === 'skills' && Array.isArray(v)) out[key] = [...new Set(v.map(skillFor))];
      else out[key] = remap(v);
    }
    return out;
  };
  const copy = (rel) => {
    const list = parse(readFileSync(new URL(rel, REAL_CONTENT), 'utf8'));
    writeFileSync(path.join(dir, rel), stringify(remap(list), { lineWidth: 0 }));
  };
  mkdirSync(path.join(dir, 'practice', 'scenarios'), { recursive: true });
  for (const f of ['passages.yaml', 'callers.yaml', 'replies.yaml']) copy(`practice/${f}`);
  for (const f of readdirSync(new URL('practice/scenarios/', REAL_CONTENT))) copy(`practice/scenarios/${f}`);
}

/** Writes a complete content folder with n occupations. Returns counts and sizes. */
export function writeContent(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'occupations'), { recursive: true });
  mkdirSync(path.join(dir, 'questions'), { recursive: true });
  const y = (v) => stringify(v, { lineWidth: 0 });
  writeFileSync(path.join(dir, 'skills.yaml'), y(skills()));
  // The real sources too: the practice pages cite their scoring rules' pages by id.
  const realSources = parse(readFileSync(new URL('sources.yaml', REAL_CONTENT), 'utf8'));
  writeFileSync(path.join(dir, 'sources.yaml'), y([...sources(), ...realSources]));
  writeFileSync(path.join(dir, 'glossary.yaml'), y(glossary()));
  // What search knows about words is language, not content to generate: the real file.
  copyFileSync(new URL('../../content/search-synonyms.yaml', import.meta.url), path.join(dir, 'search-synonyms.yaml'));
  let occupationBytes = 0;
  for (let i = 0; i < n; i++) {
    const text = occupationFile(occupation(i, n));
    occupationBytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'occupations', `${occupationId(i)}.md`), text);
  }
  writePractice(dir, n);
  let questions = 0;
  for (let start = 0; start < n; start += OCCUPATIONS_PER_QUESTION_FILE) {
    const list = [];
    for (let i = start; i < Math.min(n, start + OCCUPATIONS_PER_QUESTION_FILE); i++) list.push(...questionsFor(i, n));
    questions += list.length;
    writeFileSync(path.join(dir, 'questions', `batch-${pad(start / OCCUPATIONS_PER_QUESTION_FILE, 3)}.yaml`), y(list));
  }
  return { occupations: n, questions, skills: SKILL_NAMES.length, avgOccupationBytes: Math.round(occupationBytes / Math.max(n, 1)) };
}

/** Writes n plain Markdown files (one per synthetic occupation, same text). Returns the average size. */
export function writeBaselineMarkdown(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = occupationMarkdown(i, n);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `${occupationId(i)}.md`), text);
  }
  return { files: n, avgBytes: Math.round(bytes / Math.max(n, 1)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('Usage: node scripts/bench/synthetic.mjs <dir> <n>');
    process.exit(2);
  }
  console.log(writeContent(dir, Number(n)));
}
