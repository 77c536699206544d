// The public routes' rate limit through the production nginx configuration, with real client
// addresses (several loopback addresses stand in for hosts): each client has its own bucket, one
// client cannot lock out the others or choose its address, and behind a trusted proxy (a TLS
// terminator in front of nginx) each client behind it still counts as itself.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NGINX_BIN, startNginx, type RunningNginx } from '../lib/nginx.ts';
import { freePort, startTestCmsProcess, testCmsEnv } from '../lib/test-platform.ts';

const LIMIT = 3;
const TLS_PROXY = '127.0.0.4';
const nginxMissing = !existsSync(NGINX_BIN);
if (nginxMissing && process.env.CI === 'true')
  throw new Error(
    `CI tests the production nginx configuration: install nginx or set NGINX_BIN (${NGINX_BIN} is missing).`,
  );

let dir: string;
let cms: { stop(): Promise<void> } | undefined;
let nginx: RunningNginx | undefined;

beforeAll(async () => {
  if (nginxMissing) return;
  dir = mkdtempSync(path.join(tmpdir(), 'mip-proxy-'));
  const site = path.join(dir, 'site');
  mkdirSync(path.join(site, 'lt'), { recursive: true });
  writeFileSync(path.join(site, 'lt', 'index.html'), '<!doctype html><title>x</title>');
  const env = await testCmsEnv(dir, 'http://localhost:4321', {
    SEED_DEMO: 'false',
    PUBLIC_RATE_LIMIT: String(LIMIT),
    PUBLIC_RATE_WINDOW: '600',
  });
  cms = await startTestCmsProcess(env);
  nginx = await startNginx({
    siteRoot: site,
    cmsUpstream: `127.0.0.1:${env.CMS_PORT}`,
    port: await freePort(),
    trustedProxies: `${TLS_PROXY}/32`,
  });
}, 300_000);
afterAll(async () => {
  await nginx?.stop();
  await cms?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A contact message (an invalid one: 400 unless limited) from `from`, through nginx. */
function send(from: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(`${nginx!.url}/api/submissions/contact`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

const statuses = async (count: number, from: string, headers: Record<string, string> = {}) => {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push(await send(from, headers));
  return result;
};

describe.skipIf(nginxMissing)('the rate limit through nginx', () => {
  it('gives each client its own bucket: a flooding client does not lock out another', async () => {
    expect(await statuses(LIMIT + 1, '127.0.0.2')).toEqual([...Array(LIMIT).fill(400), 429]);
    expect(await statuses(1, '127.0.0.3')).toEqual([400]);
  });

  it('ignores an X-Forwarded-For a client writes itself', async () => {
    // 127.0.0.2 is limited already; claiming to be someone else changes nothing.
    expect(await statuses(2, '127.0.0.2', { 'x-forwarded-for': '198.51.100.5' })).toEqual([429, 429]);
  });

  it('counts each client behind a trusted proxy as itself, from the address the proxy reports', async () => {
    const behindProxy = (client: string) => ({ 'x-forwarded-for': client });
    expect(await statuses(LIMIT + 1, TLS_PROXY, behindProxy('198.51.100.6'))).toEqual([...Array(LIMIT).fill(400), 429]);
    // Another client of the same proxy is not locked out by the first.
    expect(await statuses(1, TLS_PROXY, behindProxy('198.51.100.7'))).toEqual([400]);
    // A client writing its own header in front of the proxy's entry is still the proxy's client.
    expect(await statuses(1, TLS_PROXY, behindProxy('203.0.113.99, 198.51.100.6'))).toEqual([429]);
  });
});
