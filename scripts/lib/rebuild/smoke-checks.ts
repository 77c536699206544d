import { existsSync } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseView } from './layers.ts';

// Checks a finished build must pass before it may replace the live site. They catch what a
// green `astro build` can still get wrong: a CMS that answered with almost nothing, or templates
// that printed "undefined".

/** A new build may shrink (editors unpublish), but not collapse to a fraction of the live one. */
export const MIN_PAGE_RATIO = 0.5;

// Asynchronous throughout: the rebuild service keeps serving the live site while it checks a
// new build of tens of thousands of pages, so it must not block its event loop.
export async function htmlPages(dir: string): Promise<string[]> {
  const pages: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    const entries = await readdir(sub, { withFileTypes: true });
    const dirs: string[] = [];
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.html')) pages.push(path.join(sub, entry.name));
      // The search index and the bundled assets hold no pages (and most of the files).
      // (and a layered release's own dot files: layers.ts)
      else if (
        entry.isDirectory() &&
        !(sub === dir && (entry.name === 'pagefind' || entry.name === '_astro' || entry.name.startsWith('.')))
      )
        dirs.push(path.join(sub, entry.name));
    }
    for (let i = 0; i < dirs.length; i += CONCURRENCY) await Promise.all(dirs.slice(i, i + CONCURRENCY).map(walk));
  };
  await walk(dir);
  return pages.sort();
}

const TITLE = /<title>([\s\S]*?)<\/title>/i;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i;
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const broken = (value: string) => value === '' || /\b(undefined|null|NaN|\[object Object\])\b/.test(value);

/**
 * Problems found in a build (empty when it may go live), and its page count. `previousPages` is the
 * live release's count. A release layered over a base (layers.ts) gives `layered`: its pages with
 * the base's, its view and its own files; only its own pages are read (the base's went live checked).
 */
export async function smokeCheck(
  dir: string,
  previousPages: number | null,
  minRatio = MIN_PAGE_RATIO,
  layered?: { pages: number; view: ReleaseView; files: string[] },
): Promise<{ problems: string[]; pages: number }> {
  const problems: string[] = [];
  for (const home of ['lt/index.html', 'en/index.html']) {
    if (!(layered ? layered.view.resolve(`/${home}`) : existsSync(path.join(dir, home))))
      problems.push(`missing home page ${home}`);
  }
  const pages = layered
    ? layered.files.filter((f) => f.endsWith('.html') && !f.startsWith('_astro/')).map((f) => path.join(dir, f))
    : await htmlPages(dir);
  const count = layered?.pages ?? pages.length;
  if (previousPages && count < previousPages * minRatio) {
    problems.push(
      `only ${count} pages against ${previousPages} in the live release (below ${Math.round(minRatio * 100)} %)`,
    );
  }
  // Many files at a time, and only their beginning (the title and heading come first): at
  // 30,000 pages reading every byte of every page one by one took seconds of the publish.
  for (let i = 0; i < pages.length && problems.length <= 20; i += CONCURRENCY) {
    const found = await Promise.all(pages.slice(i, i + CONCURRENCY).map((file) => checkPage(dir, file)));
    problems.push(...found.flat());
  }
  return { problems, pages: count };
}

const CONCURRENCY = 64;
const HEAD_BYTES = 32 * 1024;

async function checkPage(dir: string, file: string): Promise<string[]> {
  let html = await readStart(file);
  if (html.includes('http-equiv="refresh"')) return []; // redirect stubs have no content
  if (/<h1\b/i.test(html) && !/<\/h1>/i.test(html)) html = await readFile(file, 'utf8'); // a heading past the start
  const problems: string[] = [];
  const relative = path.relative(dir, file);
  const title = TITLE.exec(html);
  if (!title || broken(text(title[1])))
    problems.push(`${relative}: empty or broken <title>${title ? ` "${text(title[1])}"` : ''}`);
  const h1 = H1.exec(html);
  if (h1 && broken(text(h1[1]))) problems.push(`${relative}: empty or broken <h1> "${text(h1[1])}"`);
  return problems;
}

async function readStart(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
