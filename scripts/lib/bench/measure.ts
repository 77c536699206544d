import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { dim } from '../log.ts';

/** The resident memory of a process and all its descendants (Linux /proc), in bytes. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      rss.set(Number(name), kb * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  wallMs: number;
  peakRssBytes: number;
  output: string;
}

/** Runs a command to completion, sampling its process tree's memory; its output is shown with a prefix. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; prefix: string },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const sample = () => (peak = Math.max(peak, treeRss(child.pid!)));
    const timer = setInterval(sample, 250);
    const lines: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        // Per-page lines are many; the rest is shown.
        if (!/^\S*\s*[├└]─/.test(line.replace(/^\d\d:\d\d:\d\d\s+/, '')))
          console.log(`${dim(`${options.prefix.padEnd(4)} │`)} ${line}`);
      });
    }
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code !== 0)
        return reject(
          new Error(`${command} ${args.join(' ')} exited with code ${code}: ${lines.slice(-5).join(' | ')}`),
        );
      resolve({ wallMs: Date.now() - started, peakRssBytes: peak, output: lines.join('\n') });
    });
    sample();
  });
}

/** Bytes and files under a directory. */
export async function directorySize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
