import { responseReport, responseSubmission, type Locale } from '@mip/shared-types';
import { responseLinkUrl } from '../../../mail/links';
import {
  answerAccepted,
  answerDone,
  answerRefused,
  isFields,
  postedInput,
  postLocale,
  refuseMalformed,
  requestLocale,
} from '../../../public-form';
import { answerWithPage } from '../../../public-pages/page';
import { answerLinkProblem, type LinkProblemKind } from '../../../public-pages/link-problem';
import { RESPONSE_PAGE_TEXTS, ResponseLinkBody } from '../../../public-pages/responses';

// The public side of responses: the response form, the report button, and the pages behind the
// links in the author's mail. Forms are answered the way the client reads (public-form.tsx); the
// link pages show what they do on GET and act only on POST.

type Respond = ReturnType<typeof import('../services/respond').default>;
const respond = () => strapi.service('api::response.respond') as unknown as Respond;

const problem = (ctx: any, locale: Locale, kind: LinkProblemKind) =>
  answerLinkProblem(ctx, locale, RESPONSE_PAGE_TEXTS[locale], kind);

export default {
  async respond(ctx: any) {
    const { input } = postedInput(ctx, responseSubmission);
    const locale = postLocale(ctx, input);
    if (!isFields(input)) return refuseMalformed(ctx, locale, 'response');
    const result = await respond().respond(input, locale);
    if (!result.ok)
      return answerRefused(ctx, { status: result.status, errors: result.errors, locale, form: 'response' });
    answerAccepted(ctx, { locale, notice: 'responseCheckEmail', status: 202, json: { status: 'unconfirmed' } });
  },

  async report(ctx: any) {
    const { input } = postedInput(ctx, responseReport);
    const locale = postLocale(ctx, input);
    if (!isFields(input)) return refuseMalformed(ctx, locale, 'responseReport');
    // The public-routes middleware's key of the client (an IPv6 client by its network).
    const result = await respond().report(input, locale, String(ctx.state.clientKey));
    if (!result.ok) return answerRefused(ctx, { status: 400, errors: result.errors, locale, form: 'responseReport' });
    answerAccepted(ctx, { locale, notice: 'responseReported', status: 202, json: { status: 'reported' } });
  },

  async confirmPage(ctx: any) {
    const token = ctx.query.token;
    const { state, response } = await respond().confirmation(token);
    const locale = response?.language ?? requestLocale(ctx);
    if (state === 'done') return answerDone(ctx, 'responseConfirmed', locale);
    if (state !== 'pending') return problem(ctx, locale, state);
    const t = RESPONSE_PAGE_TEXTS[locale];
    answerWithPage(ctx, 200, {
      locale,
      title: t.confirmTitle,
      children: (
        <ResponseLinkBody
          text={t.confirmText}
          answered={response!.targetTitle ?? ''}
          action={responseLinkUrl('confirm', token)}
          button={t.confirmButton}
        />
      ),
    });
  },

  async confirm(ctx: any) {
    const { result, language } = await respond().confirm(ctx.query.token);
    const locale = language ?? requestLocale(ctx);
    if (result !== 'done') return problem(ctx, locale, result);
    answerDone(ctx, 'responseConfirmed', locale);
  },

  async withdrawPage(ctx: any) {
    const token = ctx.query.token;
    const { state, response } = await respond().withdrawal(token);
    const locale = response?.language ?? requestLocale(ctx);
    if (state !== 'pending') return problem(ctx, locale, state);
    const t = RESPONSE_PAGE_TEXTS[locale];
    answerWithPage(ctx, 200, {
      locale,
      title: t.withdrawTitle,
      children: (
        <ResponseLinkBody
          text={t.withdrawText}
          answered={response!.targetTitle ?? ''}
          action={responseLinkUrl('withdraw', token)}
          button={t.withdrawButton}
        />
      ),
    });
  },

  async withdraw(ctx: any) {
    const { result, language } = await respond().withdraw(ctx.query.token);
    const locale = language ?? requestLocale(ctx);
    if (result !== 'done') return problem(ctx, locale, result);
    answerDone(ctx, 'responseWithdrawn', locale);
  },
};
