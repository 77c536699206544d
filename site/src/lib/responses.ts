import {
  RESPONSE_STANCE_LABELS,
  RESPONSE_TARGETS,
  SECTION_TYPES,
  type Locale,
  type ResponseStance,
  type ResponseTarget,
} from '@mip/shared-types';
import { followUpPartKey } from '@mip/shared-types/entry-parts';
import type { CollectionItem, SiteContent } from './cms/index.ts';
import type { Entry } from './entries.ts';

// The public's published responses, as the pages of what they answer show them. A response is one
// for both languages (written in one of them): it appears on both language versions of its entry's
// page, marked with its own language. Replies (one level) sit under the response they answer, oldest
// first like everything else. A response to one of a seminar's follow-up actions names the action
// by a digest of its text in the language it was written in; the index knows the keys of both
// languages' texts, so it finds the action on either page.

export type ResponseItem = CollectionItem<'responses'>;

export interface ResponseView {
  documentId: string;
  stance: ResponseStance;
  body: string;
  displayName: string;
  /** The directory's organisation the author responds for (document id), if any. */
  organisation: string | null;
  /** An editor's reply on behalf of the responsible institution (`organisation`). */
  institutionAnswer: boolean;
  /** The language it is written in. */
  language: Locale;
  /** When it was published (ISO). */
  date: string;
  replies: ResponseView[];
}

/** What an entry's page shows of its responses: the entry's own thread, and one per follow-up action. */
export interface EntryResponses {
  /** Responses to the entry itself (and those to an action the page no longer has). */
  threads: ResponseView[];
  /** Per follow-up action (its position in the entry's list), the responses to it. */
  byAction: Map<number, ResponseView[]>;
  /** Every published response and reply under the entry. */
  count: number;
}

/** The manifest key of the sections whose entries can be answered, by section name. */
const TARGET_OF_SECTION = new Map<string, ResponseTarget>(
  Object.entries(SECTION_TYPES).flatMap(([section, key]) =>
    (RESPONSE_TARGETS as readonly string[]).includes(key) ? [[section, key as ResponseTarget]] : [],
  ),
);

/** The response target an entry's page is, or null when its section takes no responses. */
export const responseTargetOf = (entry: Pick<Entry, 'section'>): ResponseTarget | null =>
  TARGET_OF_SECTION.get(entry.section) ?? null;

export const stanceLabel = (locale: Locale, stance: ResponseStance) => RESPONSE_STANCE_LABELS[locale][stance];

const byDate = (a: ResponseView, b: ResponseView) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.documentId < b.documentId ? -1 : 1;

export interface ResponseIndex {
  of(target: ResponseTarget, documentId: string): EntryResponses;
}

/** What an entry without responses (or of a section that takes none) has. */
export const NO_RESPONSES: EntryResponses = { threads: [], byAction: new Map(), count: 0 };

/** Every published response, by what it answers (from both languages' content). */
export function indexResponses(content: Partial<Record<Locale, SiteContent>>): ResponseIndex {
  const items = new Map<string, ResponseItem>();
  for (const language of Object.values(content))
    for (const item of language?.responses ?? []) items.set(item.documentId, item);
  // The position of each follow-up action, by its key in any language.
  const actionAt = new Map<string, number>();
  for (const language of Object.values(content))
    for (const seminar of language?.seminars ?? [])
      (seminar.followUpActions ?? []).forEach((action, position) => {
        if (action?.action) actionAt.set(`${seminar.documentId}|${followUpPartKey(action.action)}`, position);
      });

  const view = (item: ResponseItem): ResponseView => ({
    documentId: item.documentId,
    stance: item.stance as ResponseStance,
    body: item.body,
    displayName: item.displayName,
    organisation: item.organisation?.documentId ?? null,
    institutionAnswer: !!item.institutionAnswer,
    language: item.language as Locale,
    date: item.publishedAt ?? '',
    replies: [],
  });
  const views = new Map([...items.values()].map((item) => [item.documentId, view(item)]));
  const byTarget = new Map<string, EntryResponses>();
  const targetOf = (item: ResponseItem) => {
    const key = `${item.target}:${item.targetDocumentId}`;
    const found: EntryResponses = byTarget.get(key) ?? { threads: [], byAction: new Map(), count: 0 };
    byTarget.set(key, found);
    return found;
  };
  for (const item of items.values()) {
    const response = views.get(item.documentId)!;
    const parent = item.parent ? views.get(item.parent.documentId) : undefined;
    const target = targetOf(item);
    target.count++;
    // A reply whose response is gone (withdrawn, hidden) stands on its own.
    if (parent && parent !== response) {
      parent.replies.push(response);
      continue;
    }
    const position = item.targetPart ? actionAt.get(`${item.targetDocumentId}|${item.targetPart}`) : undefined;
    if (position === undefined) target.threads.push(response);
    else target.byAction.set(position, [...(target.byAction.get(position) ?? []), response]);
  }
  for (const view of views.values()) view.replies.sort(byDate);
  for (const target of byTarget.values()) {
    target.threads.sort(byDate);
    for (const list of target.byAction.values()) list.sort(byDate);
  }
  return { of: (target, documentId) => byTarget.get(`${target}:${documentId}`) ?? NO_RESPONSES };
}
