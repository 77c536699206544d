import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../lib/nginx.ts';
import { ROOT_DIR } from '../lib/paths.ts';

// The deployment files, checked without a Docker engine (none runs on the build machines):
// docker-compose parses the stack, dclint lints it, and the Dockerfiles and settings are read for
// the rules we keep. nginx's configuration is run for real by the browser tests (e2e/production).

const read = (file: string) => readFileSync(path.join(ROOT_DIR, file), 'utf8');
const compose = read('docker-compose.yml');
const example = read('.env.example');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('docker-compose.yml', () => {
  it('parses with docker-compose, given a .env made from .env.example', () => {
    if (!has('docker-compose')) {
      if (process.env.CI === 'true') throw new Error('CI checks the compose file: apt-get install docker-compose');
      return console.warn('docker-compose is not installed: skipping the parse check');
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mip-compose-'));
    dirs.push(dir);
    for (const file of ['docker-compose.yml', 'Dockerfile', 'deploy/nginx/Dockerfile']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      copyFileSync(path.join(ROOT_DIR, file), path.join(dir, file));
    }
    writeFileSync(path.join(dir, '.env'), `${example}\nDATABASE_PASSWORD=check\n`);
    const result = spawnSync('docker-compose', ['config'], { cwd: dir, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    for (const service of ['db', 'cms', 'rebuild', 'preview', 'nginx'])
      expect(result.stdout).toMatch(new RegExp(`^  ${service}:`, 'm'));
    // Without DATABASE_PASSWORD the stack refuses to start rather than run with an empty one.
    writeFileSync(path.join(dir, '.env'), example);
    expect(spawnSync('docker-compose', ['config', '-q'], { cwd: dir, encoding: 'utf8' }).stderr).toContain(
      'set DATABASE_PASSWORD in .env',
    );
  });

  it('passes dclint', () => {
    const result = spawnSync('npx', ['dclint', 'docker-compose.yml'], { cwd: ROOT_DIR, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('restarts and health-checks every service, and keeps data on volumes', () => {
    const services = compose
      .split(/^services:\n/m)[1]!
      .split(/^\S/m)[0]!
      .match(/^ {2}[a-z]+:$/gm)!;
    expect(services.length).toBeGreaterThanOrEqual(5);
    expect(compose.match(/restart: unless-stopped/g)).toHaveLength(services.length);
    for (const volume of [
      'db-data:/var/lib/postgresql/data',
      'uploads:/app/cms/public/uploads',
      'site:/srv/site',
      'site:/srv/site:ro',
    ])
      expect(compose).toContain(volume);
    expect(compose.match(/healthcheck:/g)!.length).toBeGreaterThanOrEqual(3); // nginx's is in its image
    expect(read('deploy/nginx/Dockerfile')).toContain('HEALTHCHECK');
  });
});

describe('settings and images', () => {
  it('documents in .env.example every variable the stack and the CMS configuration read', () => {
    const used = new Set([
      ...[...compose.matchAll(/(?<!\$)\$\{([A-Z_]+)[:?}-]/g)].map((m) => m[1]),
      ...[
        'cms/config/server.ts',
        'cms/config/database.ts',
        'cms/config/plugins.ts',
        'cms/config/admin.ts',
        'cms/config/middlewares.ts',
      ].flatMap((file) => [...read(file).matchAll(/env(?:\.\w+)?\('([A-Z_]+)'/g)].map((m) => m[1])),
    ]);
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]));
    expect([...used].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('builds no secret into the images and runs the app as an unprivileged user', () => {
    const app = read('Dockerfile');
    for (const dockerfile of [app, read('deploy/nginx/Dockerfile')]) {
      expect(dockerfile).not.toMatch(/^(ENV|ARG)\s+[^\n]*(SECRET|PASSWORD|TOKEN|SALT|KEYS)\s*=/im);
      expect(dockerfile).not.toMatch(/COPY\s+[^\n]*\.env\b/);
    }
    expect(app).toMatch(/^USER node$/m);
    expect(read('.dockerignore')).toMatch(/^\.env$/m);
  });

  it('fills only the platform’s variables into the nginx template, leaving nginx’s own', () => {
    const filled = fillTemplate(read('deploy/nginx/nginx.conf.template'), {
      SITE_ROOT: '/srv/site/current',
      CMS_UPSTREAM: 'cms:1337',
      PREVIEW_UPSTREAM: 'preview:4323',
      CSP_CMS_ORIGIN: '',
      LISTEN_PORT: '8080',
      NGINX_CONF_DIR: '/x',
      NGINX_PID: '/run/n.pid',
      NGINX_ACCESS_LOG: 'off',
      NGINX_TEMP: '/tmp',
    });
    expect(filled).toContain('root /srv/site/current;');
    expect(filled).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(filled).not.toMatch(/\$\{[A-Z_]+\}/);
    // The entrypoint substitutes the same list.
    const entrypoint = read('deploy/nginx/entrypoint.sh');
    for (const name of new Set(
      [...read('deploy/nginx/nginx.conf.template').matchAll(/\$\{([A-Z_]+)\}/g)].map((m) => m[1]),
    ))
      expect(entrypoint).toContain(`\${${name}}`);
  });
});
