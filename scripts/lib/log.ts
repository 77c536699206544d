// Console output of the operational scripts: one line per step, with its duration.

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = paint('1');
export const green = paint('32');
export const red = paint('31');
export const dim = paint('2');
export const yellow = paint('33');

export function info(line: string) {
  console.log(`${dim('•')} ${line}`);
}

export function warn(line: string) {
  console.warn(`${yellow('!')} ${line}`);
}

/** Runs one named step, printing when it starts and how long it took (or that it failed). */
export async function step<T>(title: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`${bold('→')} ${title}…`);
  try {
    const result = await run();
    console.log(`${green('✓')} ${title} ${dim(`(${formatDuration(Date.now() - started)})`)}`);
    return result;
  } catch (error) {
    console.error(`${red('✗')} ${title} failed after ${formatDuration(Date.now() - started)}`);
    throw error;
  }
}

export function formatDuration(ms: number) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
