// The load generator of `npm run bench`, run as its own process (so it does not share the CMS's
// or the suite's event loop): `node load-worker.ts <cms url> <valid|flood> <seconds> <area id>`. Sends
// valid good-practice submissions with autocannon and prints autocannon's result as JSON.
// `valid`: each request from another address (X-Forwarded-For, trusted behind the proxy), so
// the rate limit does not apply; `flood`: all from one address, so it does.
import autocannon from 'autocannon';

const [url, mode = 'valid', seconds = '10', area] = process.argv.slice(2);
if (!url || !area) throw new Error('Usage: load-worker.ts <cms url> <valid|flood> <seconds> <integration area id>');
let sequence = 0;
const address = () => {
  const n = ++sequence;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
const body = () =>
  JSON.stringify({
    locale: 'lt',
    title: `Apkrovos bandymas ${process.pid}-${sequence}`,
    summary: 'Apkrovos bandymo pateikimas.',
    context: 'Apkrovos bandymas: daug pateikimų per trumpą laiką.',
    goals: 'Išmatuoti pateikimo greitį.',
    howItWorks: 'Daug užklausų iš eilės.',
    results: 'Išmatuotas priimtų pateikimų skaičius per sekundę.',
    startDate: '2025-04-01',
    organisationName: 'Bandymų organizacija',
    integrationAreas: [area],
    submitterName: 'Bandytojas',
    submitterEmail: 'bandymas@example.lt',
  });
const result = await autocannon({
  url: `${url}/api/submissions/good-practice`,
  connections: mode === 'flood' ? 20 : 10,
  duration: Number(seconds),
  requests: [
    {
      method: 'POST',
      setupRequest: (request) => ({
        ...request,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': mode === 'flood' ? '192.0.2.1' : address() },
        body: body(),
      }),
    },
  ],
});
process.stdout.write(JSON.stringify(result));
