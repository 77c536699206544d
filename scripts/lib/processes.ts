import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';
import { dim } from './log.ts';

/** Resolves when nothing listens on the port (on any local address), otherwise rejects. */
export async function assertPortFree(port: number, purpose: string, variable: string) {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new Error(
      `Port ${port} (${purpose}) is already in use. Stop whatever is using it, ` +
        `or choose another port, for example \`${variable}=${port + 10} npm start\`.`,
    );
  }
}

/**
 * Spawns a child whose output lines are shown with a short prefix, so the sources stay apart.
 * With `ipc`, the child gets a channel to this process and can notice when it disappears;
 * `filter` may shorten its output (a line it returns null for is not shown).
 */
export function spawnPrefixed(
  command: string,
  args: string[],
  prefix: string,
  options: Omit<SpawnOptions, 'stdio'> & { ipc?: boolean; filter?: (line: string) => string | null } = {},
): ChildProcess {
  const { ipc, filter = (line) => line, ...spawnOptions } = options;
  const child = spawn(command, args, {
    ...spawnOptions,
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  });
  const label = dim(`${prefix.padEnd(4)} │`);
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      const shown = filter(line);
      if (shown !== null) console.log(`${label} ${shown}`);
    });
  }
  return child;
}

/** Waits for a child to exit; rejects with its exit code or signal if it did not succeed. */
export function waitForExit(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}`));
    });
  });
}

/** Polls a URL until it answers with a status below 500, or the child dies, or time runs out. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${what} stopped before it was ready (exit code ${child.exitCode ?? child.signalCode}); see its output above.`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s; see its output above.`);
}

/** Asks a child to stop (SIGTERM), then kills it if it has not exited after the grace period. */
export async function stopChild(child: ChildProcess | undefined, graceMs = 15000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
