import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GENERATED_SETTINGS } from '@mip/shared-types/settings';
import { ensureEnvFile } from '../lib/env.ts';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'mip-env-')), '.env');

describe('ensureEnvFile', () => {
  it('creates a private .env with every generated setting on the first run', () => {
    const file = tempFile();
    const { generated, values } = ensureEnvFile(file, {});
    expect(generated.sort()).toEqual(Object.keys(GENERATED_SETTINGS).sort());
    expect(parseEnv(readFileSync(file, 'utf8'))).toEqual(values);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(values.ADMIN_PASSWORD).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/);
    expect(values.APP_KEYS!.split(',')).toHaveLength(4);
  });

  it('generates different secrets on different machines', () => {
    const a = ensureEnvFile(tempFile(), {}).values;
    const b = ensureEnvFile(tempFile(), {}).values;
    expect(a.CMS_TOKEN).not.toBe(b.CMS_TOKEN);
    expect(a.ADMIN_JWT_SECRET).not.toBe(b.ADMIN_JWT_SECRET);
  });

  it('leaves an existing file alone and only appends what is missing', () => {
    const file = tempFile();
    writeFileSync(file, '# mine\nCMS_TOKEN=keep-me\nCUSTOM=1\n');
    const { generated, values } = ensureEnvFile(file, {});
    expect(generated).not.toContain('CMS_TOKEN');
    expect(values.CMS_TOKEN).toBe('keep-me');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# mine\nCMS_TOKEN=keep-me\nCUSTOM=1\n')).toBe(true);
    expect(ensureEnvFile(file, {}).generated).toEqual([]);
  });

  it('does not write settings that come from the environment, and lets them win', () => {
    const file = tempFile();
    const { generated, values } = ensureEnvFile(file, { ADMIN_PASSWORD: 'FromEnv123' });
    expect(generated).not.toContain('ADMIN_PASSWORD');
    expect(values.ADMIN_PASSWORD).toBe('FromEnv123');
    expect(readFileSync(file, 'utf8')).not.toContain('FromEnv123');
  });

  it('fills the empty settings of a copied .env.example in place', () => {
    const file = tempFile();
    writeFileSync(file, readFileSync(path.join(import.meta.dirname, '..', '..', '.env.example'), 'utf8'));
    const { values } = ensureEnvFile(file, {});
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^CMS_TOKEN=/gm)).toHaveLength(1);
    expect(parseEnv(text).CMS_TOKEN).toBe(values.CMS_TOKEN);
    expect(values.CMS_PORT).toBe('1337');
    expect(values.ADMIN_EMAIL).toBe('admin@mip.example');
  });
});
