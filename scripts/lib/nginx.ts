import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from './paths.ts';
import { stopChild } from './processes.ts';

// Runs nginx with the production configuration (deploy/nginx) for the tests: the same files the
// image uses, with the template's variables filled in the way the image's entrypoint does.

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';
export const NGINX_DIR = path.join(ROOT_DIR, 'deploy', 'nginx');
const FILES = ['nginx.conf.template', 'security-headers.conf', 'csp.conf'];

/** Fills `${NAME}` for the given names only (nginx's own `$variables` are left alone). */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{([A-Z_]+)\}/g, (match, name: string) => (name in values ? values[name]! : match));
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** nginx's realip settings for the proxies in front of it, as the image's entrypoint writes them. */
export function realIpConfig(trustedProxies: string): string {
  const result = spawnSync('sh', [path.join(NGINX_DIR, 'real-ip.sh')], {
    env: { ...process.env, TRUSTED_PROXIES: trustedProxies },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr.trim());
  return result.stdout;
}

export async function startNginx(options: {
  siteRoot: string;
  cmsUpstream: string;
  /** host:port of the preview service; a closed port when a test has none (nginx only resolves it). */
  previewUpstream?: string;
  port: number;
  cmsOrigin?: string;
  trustedProxies?: string;
}): Promise<RunningNginx> {
  if (!existsSync(NGINX_BIN))
    throw new Error(
      `nginx is not installed at ${NGINX_BIN} (Debian: apt-get install nginx-light libnginx-mod-http-brotli-filter; or set NGINX_BIN).`,
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-nginx-'));
  mkdirSync(path.join(dir, 'temp'));
  const values = {
    SITE_ROOT: options.siteRoot,
    CMS_UPSTREAM: options.cmsUpstream,
    PREVIEW_UPSTREAM: options.previewUpstream ?? '127.0.0.1:9',
    LISTEN_PORT: `127.0.0.1:${options.port}`,
    CSP_CMS_ORIGIN: options.cmsOrigin ?? '',
    NGINX_CONF_DIR: dir,
    NGINX_PID: path.join(dir, 'nginx.pid'),
    NGINX_ACCESS_LOG: 'off',
    NGINX_TEMP: path.join(dir, 'temp'),
  };
  for (const file of FILES)
    writeFileSync(
      path.join(dir, file.replace('.template', '')),
      fillTemplate(readFileSync(path.join(NGINX_DIR, file), 'utf8'), values),
    );
  writeFileSync(path.join(dir, 'real-ip.conf'), realIpConfig(options.trustedProxies ?? ''));
  // nginx's workers run as an unprivileged user when started as root: let them read the site.
  for (let p = options.siteRoot; p !== path.dirname(p) && p.startsWith(os.tmpdir()); p = path.dirname(p))
    chmodSync(p, 0o755);

  const check = spawn(NGINX_BIN, ['-t', '-q', '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  check.stderr!.on('data', (chunk) => (errors += chunk));
  const ok = await new Promise<boolean>((resolve) => check.on('exit', (code) => resolve(code === 0)));
  if (!ok) throw new Error(`nginx rejects the production configuration: ${errors.trim()}`);

  const child: ChildProcess = spawn(NGINX_BIN, ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/lt/`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}) at start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      await stopChild(child, 5000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
