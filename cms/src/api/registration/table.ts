/** The CMS's own table of seminar registrations (services/registrations.ts creates it). */
export const REGISTRATIONS_TABLE = 'mip_registrations';
