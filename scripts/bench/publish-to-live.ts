// `npm run bench:publish -- --size N [--runs R]`: how long from an editor pressing Publish to the
// new page being served, on the demo content plus N synthetic documents (generated once, kept in
// .data/bench/). Prints the figures and writes them to .data/bench/publish-to-live.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDataSet } from '../lib/bench/data-set.ts';
import { measurePublishToLive, PUBLISH_KINDS, type PublishKind } from '../lib/bench/publish.ts';
import { bold, formatDuration } from '../lib/log.ts';
import { BENCH_DIR } from '../lib/paths.ts';

const { values: args } = parseArgs({
  options: { size: { type: 'string', default: '0' }, runs: { type: 'string', default: '3' } },
});
const size = Number(args.size);
const runs = Number(args.runs);
console.log(bold(`Publish-to-live benchmark, ${size} synthetic documents on top of the demo content, ${runs} runs`));
const result = {
  measuredAt: new Date().toISOString(),
  ...(await measurePublishToLive(await prepareDataSet(size), runs)),
};
mkdirSync(BENCH_DIR, { recursive: true });
const file = path.join(BENCH_DIR, 'publish-to-live.json');
const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
all[`size-${size}`] = result;
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
console.log(
  `\n${bold('Result')}: ${result.pages} pages; first build ${formatDuration(result.firstBuildMs)}; a new news item's publish → live median ${formatDuration(result.medianMs)}, worst ${formatDuration(result.worstMs)} (runs: ${result.publishToLiveMs.map(formatDuration).join(', ')}); site errors seen while polling: ${result.readerErrors}; a response's publish → on its page median ${formatDuration(result.response.medianMs)}, worst ${formatDuration(result.response.worstMs)}`,
);
console.log(
  `  a new news item findable in search after it is served: median ${formatDuration(result.searchAfterLive.medianMs)}, worst ${formatDuration(result.searchAfterLive.worstMs)}`,
);
for (const [kind, label] of Object.entries(PUBLISH_KINDS)) {
  const t = result.kinds[kind as PublishKind];
  console.log(
    `  ${label}: median ${formatDuration(t.medianMs)}, worst ${formatDuration(t.worstMs)} (${t.publishToLiveMs.map(formatDuration).join(', ')})`,
  );
}
console.log(`Written to ${path.relative(process.cwd(), file)}`);
