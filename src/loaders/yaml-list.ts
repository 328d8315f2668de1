/**
 * An Astro loader over one YAML file or a folder of them, each a list of
 * entries with an `id`. Unlike `file()`, a broken file stops the build with
 * its name instead of leaving the collection silently empty.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collectEntries, type YamlFile } from '../lib/content/yaml-list';

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`Content file or folder not found: ${target}`);
  if (info.isFile()) return [target];
  const names = (await readdir(target)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return names.map((n) => path.join(target, n));
}

export function yamlList(location: string): Loader {
  return {
    name: 'yaml-list-loader',
    async load({ config, store, parseData, watcher }) {
      const root = fileURLToPath(config.root);
      const target = path.resolve(root, location);
      const sync = async () => {
        const paths = await listFiles(target);
        const files: YamlFile[] = await Promise.all(
          paths.map(async (p) => ({ path: path.relative(root, p), text: await readFile(p, 'utf8') })),
        );
        const entries = collectEntries(files);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.path });
          store.set({ id: entry.id, data, filePath: entry.path });
        }
      };
      await sync();
      watcher?.add(target);
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(target)) await sync();
      });
    },
  };
}
