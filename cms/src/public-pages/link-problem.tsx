import type { Locale } from '@mip/shared-types';
import { answerWithPage } from './page';

// What a page behind a mail's signed link says when the link cannot be used (alerts, responses,
// registrations each word it for what the link was for), and the status it answers with.

export type LinkProblemKind = 'expired' | 'invalid' | 'gone';

export interface LinkProblemTexts {
  expiredTitle: string;
  expiredText: string;
  invalidTitle: string;
  invalidText: string;
  goneTitle: string;
  goneText: string;
}

export function linkProblem(
  t: LinkProblemTexts,
  kind: LinkProblemKind,
): { title: string; text: string; status: number } {
  return kind === 'expired'
    ? { title: t.expiredTitle, text: t.expiredText, status: 410 }
    : kind === 'gone'
      ? { title: t.goneTitle, text: t.goneText, status: 404 }
      : { title: t.invalidTitle, text: t.invalidText, status: 403 };
}

/** Answers a request whose link cannot be used with a page in the reader's language. */
export function answerLinkProblem(
  ctx: Parameters<typeof answerWithPage>[0],
  locale: Locale,
  t: LinkProblemTexts,
  kind: LinkProblemKind,
) {
  const { title, text, status } = linkProblem(t, kind);
  answerWithPage(ctx, status, { locale, title, children: <p>{text}</p> });
}
