// `npm test`: the TypeScript check, then every workspace's test suite one after another, then one
// summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { platformSettingNames, withoutPlatformSettings } from '@mip/shared-types/settings';
import { bold, formatDuration, green, red } from './lib/log.ts';
import { DATA_DIR, ROOT_DIR } from './lib/paths.ts';
import { postgresUnavailable, TEST_POSTGRES_URL } from '@mip/testing/test-database';

// Fast unit suites first; the CMS integration and platform suites start real processes. The CMS
// suite runs twice: on SQLite (the default) and on PostgreSQL (production's database).
const SUITES: { name: string; workspace: string; env?: Record<string, string> }[] = [
  { name: 'shared-types', workspace: 'shared-types' },
  { name: 'site', workspace: 'site' },
  { name: 'cms', workspace: 'cms' },
  { name: 'cms (postgres)', workspace: 'cms', env: { TEST_DATABASE: 'postgres' } },
  { name: 'scripts', workspace: 'scripts' },
];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const reportsDir = path.join(DATA_DIR, 'test-reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

// The suites start their own platforms with their own settings: nothing set in this shell (an
// exported CMS_URL, a sourced .env) may reach them.
const inherited = platformSettingNames().filter((name) => process.env[name] !== undefined);
if (inherited.length) console.log(`Not passed to the tests (they bring their own settings): ${inherited.join(', ')}\n`);
const testEnv = withoutPlatformSettings(process.env);

console.log(bold('━━ format and lint ━━'));
const lintStarted = Date.now();
const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: ROOT_DIR, stdio: 'inherit' });
const lintMs = Date.now() - lintStarted;

console.log(bold('\n━━ typecheck ━━'));
const typecheckStarted = Date.now();
const typecheck = spawnSync('npm', ['run', '--silent', 'typecheck'], { cwd: ROOT_DIR, stdio: 'inherit' });
const typecheckMs = Date.now() - typecheckStarted;

const rows: { workspace: string; passed: number; failed: number; skipped: number; ms: number; ok: boolean }[] = [];
for (const suite of SUITES) {
  console.log(bold(`\n━━ ${suite.name} ━━`));
  if (suite.env?.TEST_DATABASE === 'postgres') {
    const why = await postgresUnavailable();
    if (why) {
      // CI must prove PostgreSQL; on a machine without one the run says so and counts it as skipped.
      const required = process.env.CI === 'true';
      console.log(
        `${required ? red('✗') : '!'} PostgreSQL is not reachable (${why}). Start one, or point TEST_POSTGRES_URL at a server where this account may create databases.${required ? '' : ' Skipped (CI requires it).'}`,
      );
      rows.push({
        workspace: suite.name,
        passed: 0,
        failed: required ? 1 : 0,
        skipped: required ? 0 : 1,
        ms: 0,
        ok: !required,
      });
      continue;
    }
    console.log(`(each test file on its own new database on ${TEST_POSTGRES_URL.replace(/\/\/[^@/]*@/, '//')})`);
  }
  const reportFile = path.join(reportsDir, `${suite.name.replace(/\W+/g, '-').replace(/-$/, '')}.json`);
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    {
      cwd: path.join(ROOT_DIR, suite.workspace),
      stdio: 'inherit',
      env: { ...testEnv, ...suite.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
    },
  );
  const report: VitestReport | undefined = existsSync(reportFile)
    ? JSON.parse(readFileSync(reportFile, 'utf8'))
    : undefined;
  rows.push({
    workspace: suite.name,
    passed: report?.numPassedTests ?? 0,
    // A suite that crashed before reporting counts as one failure.
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ms: Date.now() - started,
    ok: result.status === 0 && report !== undefined && report.numFailedTests === 0,
  });
}

// The platform in a real browser: Playwright builds the site from a freshly seeded CMS (e2e/).
{
  console.log(bold('\n━━ e2e (browser) ━━'));
  const reportFile = path.join(reportsDir, 'e2e.json');
  const started = Date.now();
  const result = spawnSync('npx', ['playwright', 'test'], {
    cwd: path.join(ROOT_DIR, 'e2e'),
    stdio: 'inherit',
    env: { ...testEnv, E2E_REPORT: reportFile },
  });
  const report: PlaywrightReport | undefined = existsSync(reportFile)
    ? JSON.parse(readFileSync(reportFile, 'utf8'))
    : undefined;
  const failed = report ? report.stats.unexpected + report.stats.flaky : 1;
  rows.push({
    workspace: 'e2e (browser)',
    passed: report?.stats.expected ?? 0,
    failed,
    skipped: report?.stats.skipped ?? 0,
    ms: Date.now() - started,
    ok: result.status === 0 && failed === 0,
  });
}

console.log(bold('\n━━ Summary ━━'));
console.log(
  `${lint.status === 0 ? green('✓') : red('✗')} format, lint  ${lint.status === 0 ? 'as Biome wants it' : 'findings (see above; `npm run format` fixes the formatting)'}  (${formatDuration(lintMs)})`,
);
console.log(
  `${typecheck.status === 0 ? green('✓') : red('✗')} typecheck     ${typecheck.status === 0 ? 'no type errors' : 'type errors (see above)'}  (${formatDuration(typecheckMs)})`,
);
for (const row of rows) {
  const mark = row.ok ? green('✓') : red('✗');
  console.log(
    `${mark} ${row.workspace.padEnd(15)} ${String(row.passed).padStart(4)} passed  ${String(row.failed).padStart(3)} failed  ${String(row.skipped).padStart(3)} skipped  (${formatDuration(row.ms)})`,
  );
}
const total = (key: 'passed' | 'failed' | 'skipped') => rows.reduce((sum, row) => sum + row[key], 0);
const allOk = lint.status === 0 && typecheck.status === 0 && rows.every((row) => row.ok);
if (!allOk) console.log(red('\nSome tests failed; scroll up to the first ✗ or FAIL for details.'));
console.log(`\n${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(allOk ? 0 : 1);
