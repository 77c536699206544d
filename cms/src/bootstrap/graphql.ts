import type { Core } from '@strapi/strapi';

// The site only reads. Editors write in the admin and the public through the submission routes,
// so no GraphQL mutation is generated for the content types or the plugins' types.
const PLUGIN_TYPES = [
  'plugin::users-permissions.user',
  'plugin::users-permissions.role',
  'plugin::upload.file',
  'plugin::i18n.locale',
];

/** Types whose private contact address the contact form relays to; the address itself stays private. */
const CONTACTABLE_TYPES = ['Organisation', 'PartnerRequest'];

export function hideMutationsFromGraphql(strapi: Core.Strapi) {
  const extension = strapi.plugin('graphql').service('extension');
  const contentTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  for (const uid of [...contentTypes, ...PLUGIN_TYPES]) extension.shadowCRUD(uid).disableMutations();
}

/**
 * `acceptsMessages`: whether the site may offer a contact form for an organisation or a partner
 * request, i.e. whether it has a private contact address. The resolver sees the stored document
 * (GraphQL sanitises queries, not the objects it resolves from) and answers only yes or no.
 */
export function exposeContactAvailability(strapi: Core.Strapi) {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(({ nexus }: { nexus: any }) => ({
      types: CONTACTABLE_TYPES.map((type) =>
        nexus.extendType({
          type,
          definition(t: any) {
            t.nonNull.boolean('acceptsMessages', {
              description: 'True when a message can be relayed to this entry’s private contact address.',
              resolve: (parent: { contactEmail?: string | null }) => Boolean(parent.contactEmail),
            });
          },
        }),
      ),
    }));
}

/**
 * What the build reads of a seminar that takes registration on the site (null for one without):
 * `placesTaken`, how many confirmed registrations hold a place (a count, nothing about who), so the
 * page shows the places left as of the last build; `listedParticipants`, the name and organisation
 * of those holding a place who ticked "list me as a participant", and nothing of anyone else.
 */
export function exposeSeminarRegistration(strapi: Core.Strapi) {
  const registrations = () =>
    strapi.service('api::registration.registrations') as unknown as {
      placesTaken(seminar: string): Promise<number>;
      listedParticipants(seminar: string): Promise<{ name: string; organisation: string | null }[]>;
    };
  const takesRegistration = (parent: { documentId?: string; platformRegistration?: boolean | null }) =>
    parent.platformRegistration && parent.documentId ? parent.documentId : null;
  strapi
    .plugin('graphql')
    .service('extension')
    .use(({ nexus }: { nexus: any }) => ({
      types: [
        nexus.objectType({
          name: 'SeminarParticipant',
          description: 'Someone holding a place who agreed to be on the public list of participants.',
          definition(t: any) {
            t.nonNull.string('name');
            t.string('organisation');
          },
        }),
        nexus.extendType({
          type: 'Seminar',
          definition(t: any) {
            t.int('placesTaken', {
              description: 'Places taken by confirmed registrations, for a seminar with registration on the site.',
              resolve: async (parent: { documentId?: string; platformRegistration?: boolean | null }) => {
                const seminar = takesRegistration(parent);
                return seminar ? registrations().placesTaken(seminar) : null;
              },
            });
            t.list.nonNull.field('listedParticipants', {
              type: 'SeminarParticipant',
              description:
                'Those holding a place who agreed to be listed, by name (nothing else of any registrant is public).',
              resolve: async (parent: { documentId?: string; platformRegistration?: boolean | null }) => {
                const seminar = takesRegistration(parent);
                return seminar ? registrations().listedParticipants(seminar) : null;
              },
            });
          },
        }),
      ],
    }));
}
