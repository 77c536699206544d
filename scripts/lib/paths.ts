import path from 'node:path';

export const ROOT_DIR = path.resolve(import.meta.dirname, '..', '..');
export const CMS_DIR = path.join(ROOT_DIR, 'cms');
export const SITE_DIR = path.join(ROOT_DIR, 'site');
export const ENV_FILE = path.join(ROOT_DIR, '.env');
// Runtime state of the scripts (site releases, logs, benchmark output); git-ignored.
export const DATA_DIR = path.join(ROOT_DIR, '.data');
// Benchmark data sets and results (`npm run bench`); BENCH_DIR moves them (the tests' smoke run does).
export const BENCH_DIR = process.env.BENCH_DIR ? path.resolve(process.env.BENCH_DIR) : path.join(DATA_DIR, 'bench');
