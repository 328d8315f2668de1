/** Command-line options of `npm run bench -- [options]`. */

export const USAGE = `Usage: npm run bench -- [options]

  --only a,b        run only these sections (weight, height, lighthouse, scaling, …); the others
                    are kept from the previous bench/results.md
  --sizes 100,1000  scaling: numbers of synthetic occupations to build
  --repeat 1        scaling: builds per size, the fastest is kept
  --runs 1          lighthouse: runs per page (the median performance run is shown)
  --dist dist       the built site to weigh and audit (built first if missing)
  --out bench/results.md
  --keep            keep bench/tmp (synthetic content, builds, Lighthouse JSON reports)
  --help`;

const list = (v) => String(v).split(',').map((x) => x.trim()).filter(Boolean);

export function parseArgs(argv, known) {
  const opts = { only: null, sizes: [100, 1000], repeat: 1, runs: 1, dist: 'dist', out: 'bench/results.md', keep: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--only':
        opts.only = list(value());
        break;
      case '--sizes':
        opts.sizes = list(value()).map((x) => Number(x.replace(/[_,]/g, '')));
        if (!opts.sizes.length || opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes positive whole numbers, e.g. 100,1000');
        break;
      case '--repeat':
        opts.repeat = Number(value());
        if (!Number.isInteger(opts.repeat) || opts.repeat < 1) throw new Error('--repeat takes a positive whole number');
        break;
      case '--runs':
        opts.runs = Number(value());
        if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs takes a positive whole number');
        break;
      case '--dist':
        opts.dist = value();
        break;
      case '--out':
        opts.out = value();
        break;
      case '--keep':
        opts.keep = true;
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (opts.only) {
    const unknown = opts.only.filter((s) => !known.includes(s));
    if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  }
  return opts;
}
