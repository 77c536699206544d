import { winston } from '@strapi/logger';
import { logSafe } from '@mip/shared-types';

// Strapi's log format, with one change: a message cannot forge log entries. Text from outside
// (a title, a sender's name, an address) ends up in log lines, so control characters are escaped
// and every line after a message's first is indented (logSafe): only the logger starts a line.
// CMS_LOG_LEVEL=warn quiets routine start-up lines (the test suites use it).
const safeMessage = winston.format((info) => {
  const error = info instanceof Error ? info : null;
  const message = error ? `${error.message}${error.stack ? `\n${error.stack}` : ''}` : info.message;
  return { ...info, message: typeof message === 'string' ? logSafe(message) : message };
});

export default ({ env }: { env: (name: string, fallback: string) => string }) => ({
  level: env('CMS_LOG_LEVEL', 'http'),
  format: winston.format.combine(
    winston.format.timestamp({ format: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    winston.format.colorize(),
    safeMessage(),
    winston.format.printf(({ level, message, timestamp }) => `[${timestamp}] ${level}: ${message}`),
  ),
});
