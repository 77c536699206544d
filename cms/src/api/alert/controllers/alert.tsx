import { ALERT_FREQUENCIES, alertSubscription, isLocale, type AlertFrequency, type Locale } from '@mip/shared-types';
import {
  answerAccepted,
  answerDone,
  answerRefused,
  answersInHtml,
  isFields,
  postedInput,
  postLocale,
  refuseMalformed,
  requestLocale,
} from '../../../public-form';
import { ALERT_PAGE_TEXTS, ConfirmBody, ManageBody, UnsubscribeBody } from '../../../public-pages/alerts';
import { answerLinkProblem, type LinkProblemKind } from '../../../public-pages/link-problem';
import { answerWithPage } from '../../../public-pages/page';
import { linkUrl } from '../../../mail/links';

// The public side of email alerts: the "Get email alerts" form, and the pages behind the links in
// the mails (confirm, unsubscribe, all of one's subscriptions). Each link page shows what it is
// for on GET and acts only on POST; the one-click unsubscribe of mail programs (RFC 8058) is a
// POST to the unsubscribe link, which needs no cookie and answers in plain text.

type Subscriptions = ReturnType<typeof import('../services/subscriptions').default>;
const subscriptions = () => strapi.service('api::alert.subscriptions') as unknown as Subscriptions;

/** A link page's language: the subscription's, else the request's. */
const pageLocale = (ctx: any, locale?: Locale) => locale ?? requestLocale(ctx);

const problem = (ctx: any, locale: Locale, kind: LinkProblemKind) =>
  answerLinkProblem(ctx, locale, ALERT_PAGE_TEXTS[locale], kind);

export default {
  async subscribe(ctx: any) {
    const { input } = postedInput(ctx, alertSubscription);
    const locale = postLocale(ctx, input);
    if (!isFields(input)) return refuseMalformed(ctx, locale, 'alertSubscription');
    const result = await subscriptions().subscribe(input, locale);
    if (!result.ok)
      return answerRefused(ctx, { status: 400, errors: result.errors, locale, form: 'alertSubscription' });
    answerAccepted(ctx, { locale, notice: 'alertsCheckEmail', status: 202, json: { status: 'pending' } });
  },

  async confirmPage(ctx: any) {
    const token = ctx.query.token;
    const { state, view } = await subscriptions().confirmation(token);
    const locale = pageLocale(ctx, view?.locale);
    if (state === 'confirmed') return answerDone(ctx, 'alertsConfirmed', locale, { status: 'confirmed' });
    if (state !== 'pending' || !view) return problem(ctx, locale, state === 'pending' ? 'invalid' : state);
    answerWithPage(ctx, 200, {
      locale,
      title: ALERT_PAGE_TEXTS[locale].confirmTitle,
      children: <ConfirmBody locale={locale} view={view} action={linkUrl('confirm', token)} />,
    });
  },

  async confirm(ctx: any) {
    const token = ctx.query.token;
    const result = await subscriptions().confirm(token);
    const { view } = await subscriptions().confirmation(token);
    const locale = pageLocale(ctx, view?.locale);
    if (result !== 'confirmed') return problem(ctx, locale, result);
    answerDone(ctx, 'alertsConfirmed', locale, { status: 'confirmed' });
  },

  async unsubscribePage(ctx: any) {
    const token = ctx.query.token;
    const view = await subscriptions().unsubscription(token);
    if (view === 'invalid') return problem(ctx, requestLocale(ctx), 'invalid');
    if (!view) return answerDone(ctx, 'alertsUnsubscribed', requestLocale(ctx));
    answerWithPage(ctx, 200, {
      locale: view.locale,
      title: ALERT_PAGE_TEXTS[view.locale].unsubscribeTitle,
      children: <UnsubscribeBody locale={view.locale} view={view} action={linkUrl('unsubscribe', token)} />,
    });
  },

  /** The page's button, and RFC 8058's one-click POST (`List-Unsubscribe=One-Click`, no cookie, no page). */
  async unsubscribe(ctx: any) {
    const token = ctx.query.token;
    const view = await subscriptions().unsubscription(token);
    const locale = view && view !== 'invalid' ? view.locale : requestLocale(ctx);
    if (!(await subscriptions().unsubscribe(token))) return problem(ctx, locale, 'invalid');
    if (!answersInHtml(ctx)) {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = locale === 'lt' ? 'Prenumeratos atsisakyta.\n' : 'Unsubscribed.\n';
      return;
    }
    answerDone(ctx, 'alertsUnsubscribed', locale);
  },

  async managePage(ctx: any) {
    const token = ctx.query.token;
    const found = await subscriptions().subscriptionsOf(token);
    const asked: unknown = ctx.query.locale;
    const locale: Locale = isLocale(asked) ? asked : (found?.subscriptions[0]?.locale ?? requestLocale(ctx));
    if (!found) return problem(ctx, locale, 'invalid');
    answerWithPage(ctx, 200, {
      locale,
      title: ALERT_PAGE_TEXTS[locale].manageTitle,
      children: (
        <ManageBody
          locale={locale}
          subscriptions={found.subscriptions}
          action={linkUrl('subscriptions', token)}
          updated={ctx.query.updated === '1'}
        />
      ),
    });
  },

  async manage(ctx: any) {
    const token = ctx.query.token;
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const found = await subscriptions().subscriptionsOf(token);
    const locale = found?.subscriptions[0]?.locale ?? requestLocale(ctx);
    if (!found) return problem(ctx, locale, 'invalid');
    const id = Number(body.id);
    const action =
      body.action === 'delete-all'
        ? ({ kind: 'delete-all' } as const)
        : body.action === 'remove' && Number.isInteger(id)
          ? ({ kind: 'remove', id } as const)
          : body.action === 'frequency' &&
              Number.isInteger(id) &&
              ALERT_FREQUENCIES.includes(body.frequency as AlertFrequency)
            ? ({ kind: 'frequency', id, frequency: body.frequency as AlertFrequency } as const)
            : null;
    if (!action) return refuseMalformed(ctx, locale);
    if ((await subscriptions().manage(token, action)) === 'invalid') return problem(ctx, locale, 'invalid');
    if (!answersInHtml(ctx)) {
      ctx.body = { status: 'done' };
      return;
    }
    if (action.kind === 'delete-all') return answerDone(ctx, 'alertsDeleted', locale);
    ctx.redirect(`${linkUrl('subscriptions', token)}&${new URLSearchParams({ updated: '1', locale })}`);
    ctx.status = 303;
  },
};
