/** The header check every import starts with: this site's file, of this kind, in a format version. */
import './zod-jitless';
import { z } from 'zod/mini';
import { EXPORT_APP, type FileKind } from './transfer-file';

export function headerSchema(spec: FileKind) {
  return z.object({
    app: z.literal(EXPORT_APP),
    kind: z.literal(spec.kind),
    version: z.int().check(z.positive()),
  });
}
