#!/usr/bin/env node
// npm run validate: every page in dist/ checked by the W3C Nu HTML checker (npm vnu-jar, which
// needs Java). Errors are listed by page and line, and any error fails the run.
// Usage: node scripts/validate-html.mjs [dir]   (default dist)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const dir = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`validate: ${dir} does not exist; run npm run build first.`);
  process.exit(1);
}

function haveJava() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

if (!haveJava()) {
  // Debian's headless Java is all the checker needs; as root it is installed here, as in .ci/run.
  if (process.getuid?.() === 0) {
    console.log('validate: installing Java (default-jre-headless) for the HTML checker…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error('validate: the W3C Nu HTML checker needs Java. Install it with: sudo apt-get install default-jre-headless');
    process.exit(1);
  }
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const started = Date.now();
// One short run: the quick first JIT tier (C1) only, and the serial collector. The optimising
// tier spends more CPU compiling than a run of a hundred-odd pages gives back (about 18 s against
// 8.5 s on two cores); the checker and its verdict are the same.
const run = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss2m', '-jar', jar, '--errors-only', '--format', 'gnu', '--skip-non-html', dir], { encoding: 'utf8' });
const out = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (run.status !== 0 || out) {
  const lines = out.split('\n').map((l) => l.replace(`"file:${dir}/`, '"'));
  console.error(lines.join('\n'));
  console.error(`\nvalidate: ${lines.length} HTML error(s) in ${dir} (W3C Nu checker, ${seconds} s).`);
  process.exit(1);
}
console.log(`validate: every page in ${path.relative(process.cwd(), dir) || dir} is valid HTML (W3C Nu checker, ${seconds} s).`);
