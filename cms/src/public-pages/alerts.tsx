import { ALERT_FREQUENCIES, ALERT_FREQUENCY_LABELS, type Locale } from '@mip/shared-types';
import type { SubscriptionView } from '../api/alert/services/subscriptions';

// The pages behind the links in alert mails. Opening a link changes nothing (mail scanners open
// links): each page says what the link is for and has a button, a plain form posting back to the
// same address, which does it.

export const ALERT_PAGE_TEXTS = {
  lt: {
    confirmTitle: 'Patvirtinkite pranešimų prenumeratą',
    confirmText: 'Gausite el. laiškus, kai bus paskelbta kas nors nauja apie:',
    confirmButton: 'Patvirtinti',
    expiredTitle: 'Nuoroda nebegalioja',
    expiredText:
      'Patvirtinimo nuoroda galioja 48 valandas. Užsiprenumeruokite dar kartą puslapyje, kurį norite sekti: atsiųsime naują nuorodą.',
    invalidTitle: 'Netinkama nuoroda',
    invalidText: 'Šios nuorodos nepavyko atpažinti. Atverkite ją iš laiško dar kartą, nukopijavę visą.',
    goneTitle: 'Tokios prenumeratos nėra',
    goneText: 'Ji jau atšaukta arba ištrinta. Jei norite, užsiprenumeruokite iš naujo.',
    unsubscribeTitle: 'Atsisakyti pranešimų',
    unsubscribeText: 'Daugiau negausite laiškų apie:',
    unsubscribeButton: 'Atsisakyti',
    manageTitle: 'Jūsų prenumeratos',
    manageEmpty: 'Šiuo adresu prenumeratų nėra.',
    manageIntro: 'Čia matote viską, ką šiuo el. pašto adresu sekate, ir galite tai pakeisti.',
    followed: 'Ką sekate',
    frequency: 'Kaip dažnai',
    state: 'Būsena',
    pending: 'laukia patvirtinimo (žr. laišką)',
    confirmed: 'veikia',
    change: 'Keisti',
    remove: 'Atsisakyti',
    removeNamed: (title: string) => `Atsisakyti: ${title}`,
    frequencyOf: (title: string) => `Kaip dažnai: ${title}`,
    deleteTitle: 'Ištrinti visus mano duomenis',
    deleteText:
      'Ištrinsime jūsų el. pašto adresą, visas prenumeratas ir laiškus, kurie dar laukia išsiuntimo. Daugiau nieko negausite.',
    deleteButton: 'Ištrinti viską',
    updated: 'Pakeitimas išsaugotas.',
  },
  en: {
    confirmTitle: 'Confirm your email alerts',
    confirmText: 'You will get mail when something new is published about:',
    confirmButton: 'Confirm',
    expiredTitle: 'This link has expired',
    expiredText:
      'A confirmation link works for 48 hours. Subscribe again on the page you want to follow, and we will send a new one.',
    invalidTitle: 'This link is not valid',
    invalidText: 'This link could not be recognised. Open it from the mail again, copying all of it.',
    goneTitle: 'There is no such subscription',
    goneText: 'It was already ended or deleted. You can subscribe again if you wish.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeText: 'You will get no more mail about:',
    unsubscribeButton: 'Unsubscribe',
    manageTitle: 'Your subscriptions',
    manageEmpty: 'This address has no subscriptions.',
    manageIntro: 'Everything this email address follows, which you can change here.',
    followed: 'What you follow',
    frequency: 'How often',
    state: 'State',
    pending: 'waiting for confirmation (see the mail)',
    confirmed: 'on',
    change: 'Change',
    remove: 'Unsubscribe',
    removeNamed: (title: string) => `Unsubscribe: ${title}`,
    frequencyOf: (title: string) => `How often: ${title}`,
    deleteTitle: 'Delete all my data',
    deleteText:
      'We delete your email address, all your subscriptions and any mail still waiting to be sent. You will get nothing more.',
    deleteButton: 'Delete everything',
    updated: 'Your change is saved.',
  },
} as const;

function Followed({ view }: { view: SubscriptionView }) {
  return <p className="lead">{view.url ? <a href={view.url}>{view.title}</a> : view.title}</p>;
}

/** One button that posts back to the page's own address (the token is in it). */
export function ActionButton({
  action,
  label,
  fields = {},
}: {
  action: string;
  label: string;
  fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}

export function ConfirmBody({ locale, view, action }: { locale: Locale; view: SubscriptionView; action: string }) {
  const t = ALERT_PAGE_TEXTS[locale];
  return (
    <>
      <p>{t.confirmText}</p>
      <Followed view={view} />
      <p>
        {t.frequency}: {ALERT_FREQUENCY_LABELS[locale][view.frequency]}
      </p>
      <ActionButton action={action} label={t.confirmButton} />
    </>
  );
}

export function UnsubscribeBody({ locale, view, action }: { locale: Locale; view: SubscriptionView; action: string }) {
  const t = ALERT_PAGE_TEXTS[locale];
  return (
    <>
      <p>{t.unsubscribeText}</p>
      <Followed view={view} />
      <ActionButton action={action} label={t.unsubscribeButton} />
    </>
  );
}

export function ManageBody({
  locale,
  subscriptions,
  action,
  updated,
}: {
  locale: Locale;
  subscriptions: SubscriptionView[];
  action: string;
  updated: boolean;
}) {
  const t = ALERT_PAGE_TEXTS[locale];
  return (
    <>
      {updated && (
        <p className="notice" role="status">
          {t.updated}
        </p>
      )}
      <p>{t.manageIntro}</p>
      {subscriptions.length === 0 ? (
        <p>{t.manageEmpty}</p>
      ) : (
        <table className="subscriptions" data-testid="subscriptions">
          <thead>
            <tr>
              <th scope="col">{t.followed}</th>
              <th scope="col">{t.frequency}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {subscriptions.map((s) => (
              <tr key={s.id}>
                <td>{s.url ? <a href={s.url}>{s.title}</a> : s.title}</td>
                <td>
                  <form method="post" action={action} className="inline-form">
                    <input type="hidden" name="action" value="frequency" />
                    <input type="hidden" name="id" value={String(s.id)} />
                    <label className="visually-hidden" htmlFor={`frequency-${s.id}`}>
                      {t.frequencyOf(s.title)}
                    </label>
                    <select id={`frequency-${s.id}`} name="frequency" defaultValue={s.frequency}>
                      {ALERT_FREQUENCIES.map((f) => (
                        <option key={f} value={f}>
                          {ALERT_FREQUENCY_LABELS[locale][f]}
                        </option>
                      ))}
                    </select>{' '}
                    <button type="submit" className="secondary" aria-label={`${t.change}: ${s.title}`}>
                      {t.change}
                    </button>
                  </form>
                </td>
                <td>{s.status === 'confirmed' ? t.confirmed : t.pending}</td>
                <td>
                  <form method="post" action={action}>
                    <input type="hidden" name="action" value="remove" />
                    <input type="hidden" name="id" value={String(s.id)} />
                    <button type="submit" className="secondary" aria-label={t.removeNamed(s.title)}>
                      {t.remove}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.deleteTitle}</h2>
      <p>{t.deleteText}</p>
      <ActionButton action={action} label={t.deleteButton} fields={{ action: 'delete-all' }} />
    </>
  );
}
