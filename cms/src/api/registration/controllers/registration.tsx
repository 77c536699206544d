import { seminarRegistration, type Locale } from '@mip/shared-types';
import { registrationLinkUrl } from '../../../mail/links';
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
import { ActionButton } from '../../../public-pages/alerts';
import { answerWithPage } from '../../../public-pages/page';
import { answerLinkProblem, type LinkProblemKind } from '../../../public-pages/link-problem';
import { REGISTRATION_LINK_TEXTS } from '../../../public-pages/registrations';

// The public side of seminar registration: the form, and the pages behind the links in the
// registrant's mail (confirm, cancel), which show what they do on GET and act only on POST.

type Registrations = ReturnType<typeof import('../services/registrations').default>;
const registrations = () => strapi.service('api::registration.registrations') as unknown as Registrations;

const TEXTS = {
  lt: {
    confirmTitle: 'Patvirtinkite registraciją',
    confirmText: 'Patvirtinus gausite vietą renginyje (arba būsite įrašyti į laukiančiųjų sąrašą, jei vietų nebeliko):',
    confirmButton: 'Patvirtinti',
    cancelTitle: 'Atšaukti registraciją',
    cancelText: 'Jūsų vietą gaus kitas laukiantysis. Registracija į renginį:',
    cancelButton: 'Atšaukti registraciją',
  },
  en: {
    confirmTitle: 'Confirm your registration',
    confirmText: 'Once confirmed you get a place at the seminar (or join the waiting list if none is left):',
    confirmButton: 'Confirm',
    cancelTitle: 'Cancel your registration',
    cancelText: 'Your place goes to the next on the waiting list. Your registration for:',
    cancelButton: 'Cancel the registration',
  },
} as const;

const problem = (ctx: any, locale: Locale, kind: LinkProblemKind) =>
  answerLinkProblem(ctx, locale, REGISTRATION_LINK_TEXTS[locale], kind);

/** The page behind a mail's link: what the button will do, for which seminar, and the button. */
function askPage(ctx: any, locale: Locale, kind: 'confirm' | 'cancel', seminar: { title: string } | null | undefined) {
  const t = TEXTS[locale];
  const [title, text, button] =
    kind === 'confirm'
      ? [t.confirmTitle, t.confirmText, t.confirmButton]
      : [t.cancelTitle, t.cancelText, t.cancelButton];
  answerWithPage(ctx, 200, {
    locale,
    title,
    children: (
      <>
        <p>{text}</p>
        {seminar && <p className="lead">{seminar.title}</p>}
        <ActionButton action={registrationLinkUrl(kind, ctx.query.token)} label={button} />
      </>
    ),
  });
}

/** The notice page for where a confirmed registration stands. */
const stateNotice = (state: string) => (state === 'waiting' ? 'registrationWaiting' : 'registrationConfirmed');

export default {
  async register(ctx: any) {
    const { input } = postedInput(ctx, seminarRegistration);
    const locale = postLocale(ctx, input);
    if (!isFields(input)) return refuseMalformed(ctx, locale, 'seminarRegistration');
    const result = await registrations().register(input, locale);
    if (!result.ok)
      return answerRefused(ctx, { status: result.status, errors: result.errors, locale, form: 'seminarRegistration' });
    answerAccepted(ctx, { locale, notice: 'registrationCheckEmail', status: 202, json: { status: 'pending' } });
  },

  async confirmPage(ctx: any) {
    const token = ctx.query.token;
    const found = await registrations().confirmation(token);
    const locale = ('row' in found && found.row?.locale) || requestLocale(ctx);
    if (found.state === 'expired' || found.state === 'invalid' || found.state === 'gone')
      return problem(ctx, locale, found.state);
    if (found.state !== 'pending') return answerDone(ctx, stateNotice(found.state), locale, { status: found.state });
    askPage(ctx, locale, 'confirm', found.seminar);
  },

  async confirm(ctx: any) {
    const { state, locale: own } = await registrations().confirm(ctx.query.token);
    const locale = own ?? requestLocale(ctx);
    if (state === 'expired' || state === 'invalid' || state === 'gone') return problem(ctx, locale, state);
    answerDone(ctx, stateNotice(state), locale, { status: state });
  },

  async cancelPage(ctx: any) {
    const token = ctx.query.token;
    const found = await registrations().cancellation(token);
    const locale = found.row?.locale ?? requestLocale(ctx);
    if (found.state === 'invalid') return problem(ctx, locale, 'invalid');
    if (found.state === 'gone') return answerDone(ctx, 'registrationCancelled', locale, { status: 'cancelled' });
    askPage(ctx, locale, 'cancel', found.seminar);
  },

  async cancel(ctx: any) {
    const { state, locale: own } = await registrations().cancel(ctx.query.token);
    const locale = own ?? requestLocale(ctx);
    if (state !== 'cancelled') return problem(ctx, locale, state);
    answerDone(ctx, 'registrationCancelled', locale, { status: 'cancelled' });
  },
};
