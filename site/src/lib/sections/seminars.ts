import { registrationOpen, SEMINAR_DEFAULT_HOURS, seminarUpcoming } from '@mip/shared-types';
import { followUpPartKey } from '@mip/shared-types/entry-parts';
import type { Entry, FactValue } from '../entries.ts';
import { formatNumber } from '../format.ts';
import { enumLabel } from '../i18n/ui.ts';
import * as build from './builders.ts';
import type { SectionDefinition } from './definition.ts';

export const seminars: SectionDefinition<'seminars'> = {
  key: 'seminars',
  collection: 'seminars',
  title: { lt: 'Renginiai', en: 'Seminars' },
  intro: {
    lt: 'Seminarai, forumai ir dirbtuvės: darbotvarkės, medžiaga, išvados ir sutarti tolesni veiksmai.',
    en: 'Seminars, forums and workshops: agendas, materials, conclusions and the follow-up actions agreed.',
  },
  facets: ['status', 'area', 'group', 'municipality', 'orgType', 'year', 'kind'],
  calendar: true,
  statusOrder: ['upcoming', 'past'],
  followUpActions: true,
  follow: { topic: 'seminar', hears: 'parts' },
  toEntry(item, ctx) {
    const { locale } = ctx;
    const f = build.ui(locale);
    const terms = build.commonFacets(item);
    const end = item.endAt ?? new Date(build.ms(item.startAt) + SEMINAR_DEFAULT_HOURS * 3600_000).toISOString();
    const timing = seminarUpcoming(item, ctx.now) ? 'upcoming' : 'past';
    const startMs = build.ms(item.startAt);
    const followUp = build.present(item.followUpActions);
    // Registration on this site: places left as of this build (null: no limit).
    const registration = registrationOpen(item, ctx.now)
      ? {
          capacity: item.capacity ?? null,
          left: item.capacity != null ? Math.max(0, item.capacity - (item.placesTaken ?? 0)) : null,
        }
      : null;
    const entry: Entry = {
      ...build.base('seminars', item, ctx),
      title: item.title,
      summary: item.summary ?? null,
      date: build.time(locale, item.startAt, true),
      badges: [enumLabel(locale, 'seminarType', item.type), enumLabel(locale, 'seminarFormat', item.format)].filter(
        Boolean,
      ),
      facets: {
        ...terms,
        orgType: build.orgTypeValues(locale, item.organisers),
        year: build.yearValues(item.startAt),
        status: build.enumValues(locale, 'seminarTiming', [timing]),
        kind: build.enumValues(locale, 'seminarType', [item.type]),
      },
      ...build.entryFields(
        locale,
        build.identity(item),
        item.updatedAt,
        [f.startAt, build.time(locale, item.startAt, true), { startAt: item.startAt }],
        [f.endAt, build.time(locale, item.endAt, true), { endAt: item.endAt ?? null }],
        [f.kind, enumLabel(locale, 'seminarType', item.type), { type: item.type ?? null }],
        [f.format, enumLabel(locale, 'seminarFormat', item.format), { format: item.format ?? null }],
        [f.venue, item.venue, { venue: item.venue ?? null }],
        [
          f.organisers,
          { entries: build.refs('organisations', item.organisers) },
          { organisers: build.names(item.organisers) },
        ],
        // Registration is for upcoming seminars and happens elsewhere: not data about the seminar.
        [f.registration, timing === 'upcoming' ? build.link(item.registrationUrl) : null, null],
        [
          f.registrationDeadline,
          timing === 'upcoming' ? build.time(locale, item.registrationDeadline, true) : null,
          null,
        ],
        [
          f.placesLeft,
          registration?.left != null
            ? registration.left > 0
              ? formatNumber(locale, registration.left)
              : f.waitingList
            : null,
          null,
        ],
        [f.recording, build.link(item.recordingUrl), { recordingUrl: item.recordingUrl ?? null }],
        [
          f.participants,
          item.participantsCount != null ? formatNumber(locale, item.participantsCount) : null,
          { participantsCount: item.participantsCount ?? null },
        ],
        [
          f.priority,
          { entries: build.refs('priorities', item.policyPriorities) },
          { policyPriorities: build.present(item.policyPriorities).map((p) => p.code) },
        ],
        ...build.taxonomyFields(locale, terms),
        [
          null,
          null,
          {
            conclusions: item.conclusions ?? null,
            followUpActions: followUp.map((a) => `${a.action} [${a.status ?? ''}]`),
          },
        ],
      ),
      blocks: [
        ...build.markdown('', item.description),
        ...(build.present(item.agenda).length
          ? [
              {
                kind: 'table' as const,
                heading: f.agenda,
                columns: [f.time, f.topic, f.speaker],
                rows: build.present(item.agenda).map((a) => [a.time ?? '', a.title, a.speaker ?? '']),
              },
            ]
          : []),
        ...build.files(f.materials, item.materials, ctx),
        ...build.markdown(f.conclusions, item.conclusions),
        ...(followUp.length
          ? [
              {
                kind: 'table' as const,
                heading: f.followUp,
                columns: [f.action, f.responsible, f.due, f.status, f.priority],
                rows: followUp.map((a): FactValue[] => [
                  a.action,
                  { entries: build.refs('organisations', [a.responsibleOrganisation]) },
                  build.time(locale, a.dueDate) ?? '',
                  enumLabel(locale, 'followUpStatus', a.status),
                  { entries: build.refs('priorities', [a.priority]) },
                ]),
              },
            ]
          : []),
      ],
      links: [
        ...build.refs('organisations', item.organisers),
        ...build.refs('priorities', item.policyPriorities),
        ...build.refs(
          'organisations',
          followUp.map((a) => a.responsibleOrganisation),
        ),
        ...build.refs(
          'priorities',
          followUp.map((a) => a.priority),
        ),
      ],
      work: {
        priorities: build.ids(item.policyPriorities),
        years: build.years(item.startAt, item.endAt ?? item.startAt, ctx),
      },
      // What its followers hear of: each file, the conclusions, each action (by its text), the recording.
      parts: [
        ...build
          .present(item.materials)
          .map((file) => ({ key: `materials:${file.url}`, label: `${f.materials}: ${file.name}` })),
        ...(item.conclusions?.trim() ? [{ key: 'conclusions', label: f.conclusions }] : []),
        ...followUp.map((a) => ({ key: followUpPartKey(a.action), label: `${f.followUp}: ${a.action}` })),
        ...(item.recordingUrl ? [{ key: 'recording', label: f.recording }] : []),
      ],
      registration,
      ...(item.listedParticipants?.length
        ? { participants: item.listedParticipants.map((p) => ({ name: p.name, organisation: p.organisation ?? null })) }
        : {}),
      followUps: followUp.map((a) => ({
        action: a.action,
        status: a.status ?? null,
        dueDate: a.dueDate ?? null,
        priority: a.priority?.documentId ?? null,
        responsible: a.responsibleOrganisation?.documentId ?? null,
      })),
      order: timing === 'upcoming' ? [0, startMs, item.title] : [1, -startMs, item.title],
      published: item.startAt,
      calendar: { start: item.startAt, end, location: item.venue, url: item.registrationUrl ?? item.recordingUrl },
      schema: (url) => ({
        ...build.schemaBase('Event', entry, url),
        startDate: item.startAt,
        endDate: end,
        eventAttendanceMode: `https://schema.org/${item.format === 'online' ? 'Online' : item.format === 'hybrid' ? 'Mixed' : 'Offline'}EventAttendanceMode`,
        eventStatus: 'https://schema.org/EventScheduled',
        location:
          item.format === 'online'
            ? { '@type': 'VirtualLocation', url: item.registrationUrl ?? url }
            : {
                '@type': 'Place',
                name: item.venue ?? item.municipality?.name ?? 'Lietuva',
                address: item.municipality?.name ?? 'Lietuva',
              },
        organizer: build.schemaOrgs(item.organisers),
      }),
    };
    return entry;
  },
};
