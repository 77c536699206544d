import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// Checks a finished build must pass before it may replace the live site. They catch what a
// green `astro build` can still get wrong: a CMS that answered with almost nothing, or templates
// that printed "undefined".

/** A new build may shrink (editors unpublish), but not collapse to a fraction of the live one. */
export const MIN_PAGE_RATIO = 0.5;

// Asynchronous throughout: the rebuild service keeps serving the live site while it checks a
// new build of tens of thousands of pages, so it must not block its event loop.
export async function htmlPages(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const TITLE = /<title>([\s\S]*?)<\/title>/i;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i;
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const broken = (value: string) => value === '' || /\b(undefined|null|NaN|\[object Object\])\b/.test(value);

/** Problems found in a build (empty when it may go live). `previousPages` is the live release's count. */
export async function smokeCheck(dir: string, previousPages: number | null, minRatio = MIN_PAGE_RATIO): Promise<string[]> {
  const problems: string[] = [];
  for (const home of ['lt/index.html', 'en/index.html']) {
    if (!existsSync(path.join(dir, home))) problems.push(`missing home page ${home}`);
  }
  const pages = await htmlPages(dir);
  if (previousPages && pages.length < previousPages * minRatio) {
    problems.push(`only ${pages.length} pages against ${previousPages} in the live release (below ${Math.round(minRatio * 100)} %)`);
  }
  for (const file of pages) {
    const html = await readFile(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue; // redirect stubs have no content
    const relative = path.relative(dir, file);
    const title = TITLE.exec(html);
    if (!title || broken(text(title[1]))) problems.push(`${relative}: empty or broken <title>${title ? ` "${text(title[1])}"` : ''}`);
    const h1 = H1.exec(html);
    if (h1 && broken(text(h1[1]))) problems.push(`${relative}: empty or broken <h1> "${text(h1[1])}"`);
    if (problems.length > 20) break;
  }
  return problems;
}
