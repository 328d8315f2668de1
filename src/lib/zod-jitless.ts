/**
 * Zod compiles fast parsers with `new Function` when it can, and probes for that by trying it.
 * Our CSP forbids eval, so the probe is blocked and reported as a violation on every page load.
 * Jitless mode skips the probe; parsing stored progress is small work either way.
 */
import { config } from 'zod/mini';

config({ jitless: true });
