// A smoke run of `npm run bench` at a tiny size: every measurement runs against the real
// components and the report is written. (The figures themselves come from full runs; see the
// README's "Performance" section.) Lighthouse is left out: it is fetched from npm on first use.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/paths.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mip-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark suite', () => {
  it(
    'measures a tiny data set end to end and writes JSON and Markdown',
    async () => {
      await new Promise<void>((resolve, reject) =>
        execFile(
          process.execPath,
          [
            path.join(ROOT_DIR, 'scripts', 'bench', 'run.ts'),
            ...['--sizes', '5', '--runs', '1', '--subscribers', '300', '--skip', 'lighthouse'],
          ],
          { cwd: ROOT_DIR, env: { ...process.env, BENCH_DIR: dir }, maxBuffer: 256 * 2 ** 20 },
          (error, _stdout, stderr) =>
            error ? reject(new Error(`npm run bench failed: ${stderr.slice(-3000)}`)) : resolve(),
        ),
      );
      const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
      const [size] = results.sizes;
      expect(size.syntheticDocuments).toBe(5);
      expect(size.fetch.documents).toBeGreaterThan(300); // the demo in both languages, and the five
      expect(size.build.pages).toBeGreaterThan(1000);
      expect(size.build.peakRssMb).toBeGreaterThan(50);
      expect(size.build.bare).toMatchObject({ pages: size.build.pages });
      expect(size.build.bare.pagesPerSecond).toBeGreaterThan(0);
      expect(size.search.pages).toBeGreaterThan(100);
      expect(size.search.queryRequests).toBeGreaterThan(0);
      expect(size.weight.map((w: { path: string }) => w.path)).toEqual([
        '/lt/',
        '/lt/naujienos/',
        expect.stringMatching(/^\/lt\/geroji-praktika\/[^/]+\/$/),
      ]);
      expect(size.publish.publishToLiveMs).toHaveLength(1);
      for (const kind of ['news', 'edit', 'unpublish', 'practice', 'cover'])
        expect(size.publish.kinds[kind].publishToLiveMs, kind).toHaveLength(1);
      expect(size.publish.response.publishToLiveMs).toHaveLength(1);
      expect(size.publish.searchAfterLive.publishToLiveMs).toHaveLength(1);
      expect(size.publish.readerErrors).toBe(0);
      expect(size.preview.opened).toBeGreaterThanOrEqual(10);
      expect(size.preview.worstMs).toBeGreaterThan(0);
      // Load: valid submissions are accepted and stored, every one; a flood meets the rate limit, never a 5xx.
      const { load } = results;
      expect(load.valid.status2xx).toBeGreaterThan(0);
      expect(load.valid.status5xx + load.flood.status5xx).toBe(0);
      expect(load.flood.status429).toBeGreaterThan(0);
      // Every accepted submission is stored; a few more may be (answered after the load stopped counting).
      expect(load.stored).toBeGreaterThanOrEqual(load.accepted);
      expect(load.stored - load.accepted).toBeLessThanOrEqual(30); // the connections in flight
      // Alerts: every subscriber's mail reached the SMTP server.
      expect(results.alerts).toMatchObject({ subscribers: 300, delivered: 300 });
      expect(results.alerts.enqueueMs).toBeGreaterThan(0);
      expect(results.alerts.deliveredMs).toBeGreaterThanOrEqual(results.alerts.enqueueMs);
      expect(readFileSync(path.join(dir, 'results.md'), 'utf8')).toMatch(
        /\| synthetic documents \|[\s\S]*Submissions[\s\S]*Email alerts: 300 confirmed subscribers/,
      );
    },
    15 * 60_000,
  );
});
