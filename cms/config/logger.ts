// CMS_LOG_LEVEL=warn quiets routine start-up lines (the test suites use it).
export default ({ env }: { env: (name: string, fallback: string) => string }) => ({
  level: env('CMS_LOG_LEVEL', 'http'),
});
