// Values of the enumerations of the content model, shared by the CMS, the seed and the site.
export const ORGANISATION_TYPES = [
  'state_institution',
  'municipality',
  'agency',
  'research_institute',
  'ngo',
  'migrant_organisation',
  'international_organisation',
  'social_partner',
  'business',
  'media',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const FUNDING_PROGRAMMES = [
  'amif',
  'esf_plus',
  'eea_norway_grants',
  'swiss_contribution',
  'national',
  'municipal',
  'private_foundation',
  'other',
] as const;
export type FundingProgramme = (typeof FUNDING_PROGRAMMES)[number];

export const COUNTIES = [
  'alytus',
  'kaunas',
  'klaipeda',
  'marijampole',
  'panevezys',
  'siauliai',
  'taurage',
  'telsiai',
  'utena',
  'vilnius',
] as const;
export type County = (typeof COUNTIES)[number];

export const MODERATION_STATUSES = ['submitted', 'in_review', 'needs_changes', 'accepted', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
