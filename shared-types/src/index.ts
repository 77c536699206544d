export * from './locales.ts';
export * from './slug.ts';
export * from './taxonomy.ts';
export * from './date-rules.ts';
export * from './submissions.ts';
export * from './attachments.ts';
export * from './text.ts';
export * from './content-types.ts';
