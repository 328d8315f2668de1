/**
 * The scaling baseline: the smallest Astro site that turns N Markdown files
 * into N pages. No integrations, one glob() content collection, one dynamic
 * route with a bare layout. It uses the repo's installed astro (resolved from
 * node_modules above the project folder), so it measures Astro itself on this
 * machine, with the same text as the synthetic guides.
 *
 *   writeBaselineProject('bench/tmp/baseline-1000', 1000) → { files, avgBytes }
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeBaselineMarkdown } from './synthetic.mjs';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  posts: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './src/posts' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}

const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{post.data.title}</title>
    <meta name="description" content={post.data.description} />
  </head>
  <body>
    <main><Content /></main>
  </body>
</html>
`;

export function writeBaselineProject(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/posts'), { recursive: true });
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(path.join(dir, 'src/pages/posts/[...slug].astro'), ROUTE);
  return writeBaselineMarkdown(path.join(dir, 'src/posts'), n);
}
