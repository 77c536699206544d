import {
  CONTENT_TYPES,
  contentTypeOfUid,
  COUNTIES,
  isLocalized,
  RESPONSE_STANCES,
  RESPONSE_STATES,
  RESPONSE_TARGETS,
  FUNDING_PROGRAMMES,
  MODERATION_STATUSES,
  ORGANISATION_TYPES,
} from '@mip/shared-types';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printCmsSchema } from '@mip/cms/graphql-schema';
import { getJson, startTestCms, type TestCms } from './harness.ts';

// The committed copy of the schema that the site's query types are generated from.
const SCHEMA_FILE = createRequire(import.meta.url).resolve('@mip/site/schema.graphql');

type Attr = { type: string; private?: boolean; target?: string; pluginOptions?: { i18n?: { localized?: boolean } } };

// Key fields per type, from the design's content model. Taxonomies have no draft & publish.
const MODEL: Record<string, { plural: string; draftAndPublish: boolean; fields: string[] }> = {
  'integration-area': {
    plural: 'integration-areas',
    draftAndPublish: false,
    fields: ['name', 'slug', 'description', 'order', 'mipexArea'],
  },
  'target-group': { plural: 'target-groups', draftAndPublish: false, fields: ['name', 'slug'] },
  municipality: { plural: 'municipalities', draftAndPublish: false, fields: ['name', 'slug', 'county', 'scope'] },
  organisation: {
    plural: 'organisations',
    draftAndPublish: true,
    fields: [
      'name',
      'slug',
      'summary',
      'type',
      'description',
      'website',
      'logo',
      'municipality',
      'integrationAreas',
      'targetGroups',
      'services',
      'openToPartnership',
      'contactEmail',
    ],
  },
  'news-item': {
    plural: 'news-items',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'summary',
      'body',
      'date',
      'level',
      'kind',
      'sourceOrganisation',
      'sourceUrl',
      'municipalities',
      'cover',
      'coverAlt',
      'integrationAreas',
      'targetGroups',
    ],
  },
  'good-practice': {
    plural: 'good-practices',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'summary',
      'context',
      'goals',
      'howItWorks',
      'results',
      'evaluationType',
      'evaluationSummary',
      'lessonsLearned',
      'beneficiaries',
      'peopleReached',
      'startDate',
      'endDate',
      'ongoing',
      'fundingSources',
      'transferability',
      'implementingOrganisations',
      'municipalities',
      'policyPriorities',
      'attachments',
      'origin',
      'moderationStatus',
      'submitterEmail',
    ],
  },
  'research-entry': {
    plural: 'research-entries',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'summary',
      'type',
      'authors',
      'institutions',
      'publicationDate',
      'keyFindings',
      'methodology',
      'doi',
      'isbn',
      'fullTextUrl',
      'file',
      'language',
      'policyPriorities',
    ],
  },
  'funding-call': {
    plural: 'funding-calls',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'summary',
      'funder',
      'programme',
      'callNumber',
      'opensAt',
      'deadlineAt',
      'budgetEur',
      'minGrantEur',
      'maxGrantEur',
      'coFinancingRate',
      'eligibleApplicantTypes',
      'partnershipRequired',
      'callUrl',
      'supportedActivities',
      'policyPriorities',
    ],
  },
  seminar: {
    plural: 'seminars',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'type',
      'startAt',
      'endAt',
      'format',
      'venue',
      'municipality',
      'registrationUrl',
      'registrationDeadline',
      'organisers',
      'agenda',
      'materials',
      'recordingUrl',
      'participantsCount',
      'conclusions',
      'followUpActions',
    ],
  },
  'partner-request': {
    plural: 'partner-requests',
    draftAndPublish: true,
    fields: [
      'title',
      'slug',
      'organisation',
      'projectIdea',
      'fundingCall',
      'integrationAreas',
      'targetGroups',
      'municipalities',
      'rolesSought',
      'partnerTypesSought',
      'expiresAt',
      'requestStatus',
      'contactEmail',
    ],
  },
  'policy-priority': {
    plural: 'policy-priorities',
    draftAndPublish: true,
    fields: [
      'code',
      'title',
      'slug',
      'description',
      'parent',
      'children',
      'sourceDocument',
      'responsibleInstitutions',
      'level',
      'periodStart',
      'periodEnd',
      'implementationStatus',
      'indicators',
    ],
  },
  page: { plural: 'pages', draftAndPublish: true, fields: ['title', 'slug', 'body'] },
};

const PRIVATE: Record<string, string[]> = {
  organisation: ['contactEmail'],
  'good-practice': [
    'submitterName',
    'submitterEmail',
    'submitterPhone',
    'origin',
    'moderationStatus',
    'submissionReference',
    'submitterOrganisation',
  ],
  'partner-request': [
    'contactName',
    'contactEmail',
    'origin',
    'moderationStatus',
    'submissionReference',
    'submitterOrganisation',
  ],
  response: ['moderationStatus', 'email', 'reports', 'consentAt', 'confirmedAt'],
};

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe('content model', () => {
  it.each(Object.entries(MODEL))(
    '%s has its key fields, i18n and the right draft & publish setting',
    (name, expected) => {
      const schema = cms.strapi.contentTypes[`api::${name}.${name}` as never] as unknown as {
        attributes: Record<string, Attr>;
        options: { draftAndPublish: boolean };
        pluginOptions: { i18n?: { localized?: boolean } };
      };
      expect(schema).toBeDefined();
      expect(Object.keys(schema.attributes)).toEqual(expect.arrayContaining(expected.fields));
      expect(schema.options.draftAndPublish).toBe(expected.draftAndPublish);
      expect(schema.pluginOptions.i18n?.localized).toBe(true);
      // Text is translated; dates and other shared facts are entered once for all locales.
      const titleField = schema.attributes.title ?? schema.attributes.name;
      expect(titleField.pluginOptions?.i18n?.localized).toBe(true);
    },
  );

  it("is the content-type manifest's: every type of the app is in shared-types' CONTENT_TYPES with its draft & publish setting, and nothing else is", () => {
    const inApp = Object.entries(
      cms.strapi.contentTypes as unknown as Record<string, { options?: { draftAndPublish?: boolean } }>,
    )
      .filter(([uid]) => uid.startsWith('api::'))
      .map(([uid, schema]) => ({ uid, drafts: !!schema.options?.draftAndPublish }))
      .sort((a, b) => a.uid.localeCompare(b.uid));
    const inManifest = Object.values(CONTENT_TYPES)
      .map(({ uid, drafts }) => ({ uid, drafts }))
      .sort((a, b) => a.uid.localeCompare(b.uid));
    expect(inManifest).toEqual(inApp);
  });

  it('is localized in Strapi exactly where the manifest says (only responses are one for every language: read once, shown in both)', () => {
    for (const key of Object.keys(CONTENT_TYPES) as (keyof typeof CONTENT_TYPES)[]) {
      const schema = cms.strapi.contentTypes[CONTENT_TYPES[key].uid as never] as unknown as {
        pluginOptions?: { i18n?: { localized?: boolean } };
      };
      expect(!!schema.pluginOptions?.i18n?.localized, key).toBe(isLocalized(key));
    }
    expect(isLocalized('responses')).toBe(false);
  });

  it.each(Object.entries(CONTENT_TYPES))(
    "the manifest's inverse relations of %s are its schema's mappedBy fields, with their types",
    (_key, spec) => {
      const { attributes } = cms.strapi.contentTypes[spec.uid as never] as unknown as {
        attributes: Record<string, Attr & { mappedBy?: string }>;
      };
      const inverse = Object.fromEntries(
        Object.entries(attributes)
          .filter(([, a]) => a.type === 'relation' && a.mappedBy)
          .map(([field, a]) => [field, contentTypeOfUid(a.target!) ?? a.target]),
      );
      expect(spec.inverse).toEqual(inverse);
    },
  );

  it('describes a news cover per language, for the one picture both languages share (what editors read about it: admin-texts.test.ts)', () => {
    const { attributes } = cms.strapi.contentTypes['api::news-item.news-item' as never] as unknown as {
      attributes: Record<string, Attr>;
    };
    expect(attributes.cover!.pluginOptions?.i18n?.localized).toBe(false);
    expect(attributes.coverAlt!.pluginOptions?.i18n?.localized).toBe(true);
  });

  it('gives responses the targets, stances and states shared-types names (the forms and the site use those)', () => {
    const { attributes } = cms.strapi.contentTypes['api::response.response' as never] as unknown as {
      attributes: Record<string, Attr & { enum?: string[] }>;
    };
    expect(attributes.target!.enum).toEqual([...RESPONSE_TARGETS]);
    expect(attributes.stance!.enum).toEqual([...RESPONSE_STANCES]);
    expect(attributes.moderationStatus!.enum).toEqual([...RESPONSE_STATES]);
    for (const target of RESPONSE_TARGETS) expect(CONTENT_TYPES[target].segments).not.toBeNull();
  });

  it('keeps contact and moderation fields private', () => {
    for (const [name, fields] of Object.entries(PRIVATE)) {
      const { attributes } = cms.strapi.contentTypes[`api::${name}.${name}` as never] as unknown as {
        attributes: Record<string, Attr>;
      };
      for (const field of fields) expect(attributes[field]?.private, `${name}.${field}`).toBe(true);
    }
  });

  it('links practices, research, calls, seminars and partner requests to policy priorities both ways', () => {
    const priority = cms.strapi.contentTypes['api::policy-priority.policy-priority' as never] as unknown as {
      attributes: Record<string, Attr>;
    };
    for (const field of [
      'goodPractices',
      'researchEntries',
      'fundingCalls',
      'seminars',
      'partnerRequests',
      'parent',
      'children',
    ]) {
      expect(priority.attributes[field]?.type, field).toBe('relation');
    }
  });

  it('stores no funding-call status: it is derived from the dates', () => {
    const call = cms.strapi.contentTypes['api::funding-call.funding-call' as never] as unknown as {
      attributes: Record<string, Attr>;
    };
    expect(Object.keys(call.attributes)).not.toContain('status');
    expect(call.attributes.deadlineAt.type).toBe('datetime');
  });

  it('uses the same enumeration values as shared-types', () => {
    const values = (type: string, field: string) =>
      (
        cms.strapi.contentTypes[`api::${type}.${type}` as never] as unknown as {
          attributes: Record<string, { enum?: string[] }>;
        }
      ).attributes[field]?.enum;
    expect(values('organisation', 'type')).toEqual([...ORGANISATION_TYPES]);
    expect(values('funding-call', 'programme')).toEqual([...FUNDING_PROGRAMMES]);
    expect(values('municipality', 'county')).toEqual([...COUNTIES]);
    expect(values('good-practice', 'moderationStatus')).toEqual([...MODERATION_STATUSES]);
    expect(values('partner-request', 'moderationStatus')).toEqual([...MODERATION_STATUSES]);
  });

  it('matches the committed GraphQL schema the site is typed from (else run `npm run schema`)', () => {
    expect(
      printCmsSchema(cms.strapi) === readFileSync(SCHEMA_FILE, 'utf8'),
      'site/schema.graphql is out of date: run `npm run schema`',
    ).toBe(true);
  });

  it('has Lithuanian (default) and English locales', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    const codes = (await locales.find()).map((l: { code: string }) => l.code).sort();
    expect(codes).toEqual(['en', 'lt']);
    expect(await locales.getDefaultLocale()).toBe('lt');
  });

  it('serves every type read-only over REST to the site token', async () => {
    for (const { plural } of Object.values(MODEL)) {
      const result = await getJson(`${cms.url}/api/${plural}?locale=lt`, cms.token);
      expect(result.status, plural).toBe(200);
      expect(result.body.data).toEqual([]);
    }
    const create = await fetch(`${cms.url}/api/news-items`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${cms.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: 'x' } }),
    });
    expect([403, 404, 405]).toContain(create.status);
  });
});

describe('bootstrap', () => {
  it('is idempotent: a second run adds no locale, token, webhook or admin user', async () => {
    const count = async () => ({
      locales: await cms.strapi.db.query('plugin::i18n.locale').count(),
      tokens: await cms.strapi.db.query('admin::api-token').count(),
      webhooks: (await cms.strapi.get('webhookStore').findWebhooks()).length,
      admins: await cms.strapi.db.query('admin::user').count(),
      publicPermissions: await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .count({ where: { role: { type: 'public' } } }),
    });
    const before = await count();
    const { default: app } = await import('../src/index');
    await app.bootstrap({ strapi: cms.strapi });
    expect(await count()).toEqual(before);
    // The first admin and the demo editor; the site build's token and the previews' token.
    expect(before).toMatchObject({ locales: 2, tokens: 2, webhooks: 1, admins: 2, publicPermissions: 0 });
  });
});
