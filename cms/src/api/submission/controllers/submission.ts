import {
  contactMessage,
  goodPracticeSubmission,
  partnerRequestSubmission,
  type Locale,
  type NoticeKey,
} from '@mip/shared-types';
import {
  answerAccepted,
  answerRefused,
  isFields,
  postedInput,
  postLocale,
  refuseMalformed,
  type IncomingFile,
} from '../../../public-form';
import type { SubmissionResult } from '../services/submission';

// Thin HTTP layer over the submission service: reads the post (JSON from a form island, or a
// plain form without JavaScript) and answers it the way the client reads (public-form.tsx).
type Kind = 'goodPractice' | 'partnerRequest' | 'contact';

const SCHEMAS = {
  goodPractice: goodPracticeSubmission,
  partnerRequest: partnerRequestSubmission,
  contact: contactMessage,
};
const NOTICES: Record<Kind, NoticeKey> = {
  goodPractice: 'practiceReceived',
  partnerRequest: 'partnerRequestReceived',
  contact: 'messageSent',
};

async function handle(ctx: any, kind: Kind) {
  const { input, files } = postedInput(ctx, SCHEMAS[kind]);
  const locale = postLocale(ctx, input);
  if (!isFields(input)) return refuseMalformed(ctx, locale, kind);
  const service = strapi.service('api::submission.submission') as unknown as Record<
    Kind,
    (input: unknown, locale: Locale, files?: IncomingFile[]) => Promise<SubmissionResult>
  >;
  const result = await service[kind](input, locale, files);
  if (result.ok)
    return answerAccepted(ctx, {
      locale,
      notice: NOTICES[kind],
      json: { reference: result.reference, status: 'submitted' },
      query: { reference: result.reference },
    });
  answerRefused(ctx, { status: result.status, errors: result.errors, locale, form: kind });
}

export default {
  goodPractice: (ctx: any) => handle(ctx, 'goodPractice'),
  partnerRequest: (ctx: any) => handle(ctx, 'partnerRequest'),
  contact: (ctx: any) => handle(ctx, 'contact'),
};
