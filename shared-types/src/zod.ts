import { z } from 'zod';

// Zod compiles fast parsers with `new Function` when it may. The site's Content-Security-Policy
// forbids eval, and browsers report even zod's caught probe as a violation, so the schemas are
// built without it (the difference is not measurable for forms this size). Every schema module
// imports z from here, so the setting is in place before any schema is created.
z.config({ jitless: true });

export { z };
