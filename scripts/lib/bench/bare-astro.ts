import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, ROOT_DIR } from '../paths.ts';
import { runMeasured } from './measure.ts';

// The yardstick for the site build's render rate: a bare Astro project (the same Astro, from this
// checkout's node_modules) rendering as many trivial pages, made by the benchmark in
// .data/bare-astro-<pid>/ (inside the checkout, so `astro` resolves as the site's does).

const ASTRO = path.join(ROOT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BareAstroResult {
  pages: number;
  ms: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

export async function measureBareAstro(pages: number): Promise<BareAstroResult> {
  const dir = path.join(DATA_DIR, `bare-astro-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });\n",
  );
  writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.BARE_PAGES) }, (_, i) => ({ params: { slug: \`p\${i}\` } }));
}
const { slug } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {slug}</title></head><body><h1>Page {slug}</h1><p>A trivial page.</p></body></html>
`,
  );
  const run = await runMeasured(process.execPath, [ASTRO, 'build', '--outDir', path.join(dir, 'dist')], {
    cwd: dir,
    env: { ...process.env, BARE_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' },
    prefix: 'bare',
  });
  rmSync(dir, { recursive: true, force: true });
  return {
    pages,
    ms: run.wallMs,
    pagesPerSecond: Math.round((pages / run.wallMs) * 1000),
    peakRssMb: Math.round(run.peakRssBytes / 2 ** 20),
  };
}
