// `npm run csp -- <built site dir>`: writes deploy/nginx/csp.conf, the site's Content-Security-Policy
// with the hashes of the inline code in that build. Run it after upgrading Astro.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cspConf, inlineCode } from './lib/csp.ts';
import { green, red } from './lib/log.ts';
import { ROOT_DIR } from './lib/paths.ts';

const dist = process.argv[2];
if (!dist) {
  console.error(
    `${red('✗')} Which build? Usage: npm run csp -- site/dist (build it first with: npm run build -w site)`,
  );
  process.exit(1);
}
const code = inlineCode(path.resolve(dist));
if (code.forbidden.length) {
  console.error(
    `${red('✗')} The build has inline event handlers or style attributes, which the policy never allows:\n  ${code.forbidden.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
const file = path.join(ROOT_DIR, 'deploy', 'nginx', 'csp.conf');
writeFileSync(file, cspConf(code));
console.log(
  `${green('✓')} ${path.relative(process.cwd(), file)}: ${code.scripts.length} inline script hash(es), ${code.styles.length} style hash(es).`,
);
