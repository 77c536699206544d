import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate/node';

// The HTML checks every page gets besides axe: html-validate, and the W3C Nu HTML Checker (vnu-jar,
// run once over a batch of pages; it needs Java 17).
const VNU_JAR = createRequire(import.meta.url)('vnu-jar') as string;

/** The Nu checker's errors and warnings, each with the page's path on the site. */
export function nuCheck(pages: { path: string; html: string }[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-vnu-'));
  try {
    const byUrl = new Map<string, string>();
    pages.forEach((page, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}.html`);
      writeFileSync(file, page.html);
      byUrl.set(path.basename(file), page.path);
    });
    // JSON on stderr; --exit-zero-always: the findings decide, not the exit status.
    const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', dir], {
      encoding: 'utf8',
    });
    if (run.error) {
      throw new Error(
        (run.error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'The W3C Nu checker needs Java 17: install it (Debian: `apt-get install openjdk-17-jre-headless`).'
          : `vnu could not run: ${run.error.message}`,
      );
    }
    const report = JSON.parse(run.stderr) as {
      messages: {
        type: string;
        subType?: string;
        url?: string;
        message: string;
        lastLine?: number;
        extract?: string;
      }[];
    };
    return report.messages
      .filter((m) => m.type === 'error' || m.subType === 'warning')
      .map(
        (m) =>
          `${byUrl.get(path.basename(m.url ?? '')) ?? m.url}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${(m.extract ?? '').trim()}]`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes boolean attributes and void elements its own (valid) way.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
  },
});
