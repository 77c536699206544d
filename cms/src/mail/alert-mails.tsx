import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { SITE_NAME, type AlertFrequency, type Locale } from '@mip/shared-types';
import { COLOURS, ConfirmMail, HEADING, MailFrame, renderMail, subjectLine, TEXT as text, TitleLine } from './layout';
import type { RenderedMail } from '../api/mail/services/outbox';

// The mails of email alerts, in the subscriber's language. None repeats anything a reader typed:
// what is followed is named by the site's own title for it, and alerts name only published
// entries. Every mail after the confirmation carries a one-click unsubscribe (RFC 8058) and a link
// to the page where the subscriber sees and changes all their subscriptions.

export interface AlertItem {
  title: string;
  url: string;
  /** ISO date or date-time of the entry (a news item's date, a call's deadline), if it has one. */
  date: string | null;
  /** What the entry is (a section's name in the subscriber's language). */
  kind: string;
  summary: string | null;
}

export interface Followed {
  /** The site's title of what is followed (a list, an organisation, a priority, a seminar). */
  title: string;
  /** Its page on the site. */
  url: string;
}

const FREQUENCY: Record<Locale, Record<AlertFrequency, string>> = {
  lt: { immediately: 'iš karto, kai paskelbiama', daily: 'kartą per dieną', weekly: 'kartą per savaitę' },
  en: { immediately: 'as soon as it is published', daily: 'once a day', weekly: 'once a week' },
};

const T = {
  lt: {
    confirmSubject: 'Patvirtinkite el. pašto pranešimus',
    confirmHeading: 'Patvirtinkite pranešimų prenumeratą',
    confirmIntro: (site: string) => `Kažkas (tikriausiai jūs) paprašė el. pašto pranešimų svetainėje „${site}“ apie:`,
    confirmHow: (frequency: string) => `Laiškai būtų siunčiami ${frequency}.`,
    confirmButton: 'Patvirtinti prenumeratą',
    confirmExpiry:
      'Nuoroda galioja 48 valandas. Jei pranešimų neprašėte, šį laišką tiesiog ištrinkite: daugiau nieko nesiųsime.',
    knownSubject: 'Šiuos pranešimus jau gaunate',
    knownText:
      'Kažkas paprašė pranešimų šiuo adresu apie tai, ką jau sekate. Nieko keisti nereikia. Norėdami pakeisti, kaip dažnai gaunate laiškus, arba jų atsisakyti, atverkite savo prenumeratas:',
    alertSubject: (followed: string, count: number) => `Nauja: ${followed}${count > 1 ? ` (${count})` : ''}`,
    digestSubject: (frequency: AlertFrequency, followed: string, count: number) =>
      `${frequency === 'daily' ? 'Dienos' : 'Savaitės'} apžvalga: ${followed} (${count})`,
    alertHeading: (count: number) => (count === 1 ? 'Paskelbta nauja' : `Paskelbta naujų: ${count}`),
    digestHeading: (frequency: AlertFrequency) =>
      frequency === 'daily' ? 'Kas paskelbta per dieną' : 'Kas paskelbta per savaitę',
    following: 'Sekate',
    why: 'Gaunate šį laišką, nes užsiprenumeravote pranešimus apie',
    manage: 'Visos jūsų prenumeratos',
    unsubscribe: 'Atsisakyti šių pranešimų',
  },
  en: {
    confirmSubject: 'Confirm your email alerts',
    confirmHeading: 'Confirm your email alerts',
    confirmIntro: (site: string) => `Someone (hopefully you) asked for email alerts on the ${site} about:`,
    confirmHow: (frequency: string) => `Mail would be sent ${frequency}.`,
    confirmButton: 'Confirm the alerts',
    confirmExpiry:
      'The link works for 48 hours. If you did not ask for alerts, just delete this mail: nothing more will be sent.',
    knownSubject: 'You already get these alerts',
    knownText:
      'Someone asked for alerts at this address about something you already follow. Nothing needs to change. To change how often you get mail, or to stop it, open your subscriptions:',
    alertSubject: (followed: string, count: number) => `New: ${followed}${count > 1 ? ` (${count})` : ''}`,
    digestSubject: (frequency: AlertFrequency, followed: string, count: number) =>
      `${frequency === 'daily' ? 'Daily' : 'Weekly'} digest: ${followed} (${count})`,
    alertHeading: (count: number) => (count === 1 ? 'Newly published' : `${count} newly published`),
    digestHeading: (frequency: AlertFrequency) =>
      frequency === 'daily' ? 'Published in the last day' : 'Published in the last week',
    following: 'You follow',
    why: 'You get this mail because you subscribed to alerts about',
    manage: 'All your subscriptions',
    unsubscribe: 'Unsubscribe from these alerts',
  },
} as const;

const muted = { ...text, fontSize: '14px', color: COLOURS.muted };

function formatDate(locale: Locale, iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale === 'lt' ? 'lt-LT' : 'en-GB', {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'Europe/Vilnius' }),
  }).format(new Date(dateOnly ? `${iso}T00:00:00Z` : iso));
}

/** The confirmation a pending subscription gets: the only mail an unconfirmed address ever gets. */
export async function confirmMail(
  locale: Locale,
  followed: Followed,
  frequency: AlertFrequency,
  confirmUrl: string,
): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <ConfirmMail
      locale={locale}
      heading={t.confirmHeading}
      intro={t.confirmIntro(SITE_NAME[locale].full)}
      about={<TitleLine title={followed.title} url={followed.url} />}
      explanation={t.confirmHow(FREQUENCY[locale][frequency])}
      confirmUrl={confirmUrl}
      button={t.confirmButton}
      footer={t.confirmExpiry}
    />
  );
  return { subject: subjectLine(t.confirmSubject), ...(await renderMail(element)) };
}

/** To a confirmed address asked for again: nothing changes, and here is where to change it. */
export async function knownMail(locale: Locale, manageUrl: string): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <MailFrame locale={locale} preview={t.knownSubject} footer={SITE_NAME[locale].full}>
      <Text style={text}>{t.knownText}</Text>
      <Text style={text}>
        <Link href={manageUrl} style={{ color: COLOURS.link }}>
          {t.manage}
        </Link>
      </Text>
    </MailFrame>
  );
  return { subject: subjectLine(t.knownSubject), ...(await renderMail(element)) };
}

/**
 * An alert (one release's new entries, sent at once) or a digest (a day's or a week's): the
 * entries, what is followed, and the links to stop or change it. The headers make mail programs
 * offer one-click unsubscribe (RFC 8058).
 */
export async function alertMail(options: {
  locale: Locale;
  followed: Followed;
  items: AlertItem[];
  /** Immediately: an alert; daily or weekly: a digest. */
  frequency: AlertFrequency;
  unsubscribeUrl: string;
  manageUrl: string;
}): Promise<RenderedMail> {
  const { locale, followed, items, frequency } = options;
  const t = T[locale];
  const digest = frequency !== 'immediately';
  const heading = digest ? t.digestHeading(frequency) : t.alertHeading(items.length);
  const element = (
    <MailFrame
      locale={locale}
      preview={items.map((item) => item.title).join(' · ')}
      footer={
        <>
          {t.why} „{followed.title}“ ({FREQUENCY[locale][frequency]}).{' '}
          <Link href={options.manageUrl} style={{ color: COLOURS.link }}>
            {t.manage}
          </Link>{' '}
          ·{' '}
          <Link href={options.unsubscribeUrl} style={{ color: COLOURS.link }}>
            {t.unsubscribe}
          </Link>
        </>
      }
    >
      <Text style={muted}>
        {t.following}:{' '}
        <Link href={followed.url} style={{ color: COLOURS.link }}>
          {followed.title}
        </Link>
      </Text>
      <Heading as="h1" style={HEADING}>
        {heading}
      </Heading>
      {items.map((item) => (
        <Section key={item.url} style={{ margin: '0 0 20px' }}>
          <Text style={{ ...muted, margin: '0 0 2px' }}>
            {item.kind}
            {item.date ? ` · ${formatDate(locale, item.date)}` : ''}
          </Text>
          <Text style={{ ...text, fontWeight: 600, margin: '0 0 4px' }}>
            <Link href={item.url} style={{ color: COLOURS.link }}>
              {item.title}
            </Link>
          </Text>
          {item.summary ? <Text style={{ ...text, margin: 0 }}>{item.summary}</Text> : null}
        </Section>
      ))}
    </MailFrame>
  );
  const subject = digest
    ? t.digestSubject(frequency, followed.title, items.length)
    : items.length === 1
      ? `${t.alertSubject(followed.title, 1)}: ${items[0]!.title}`
      : t.alertSubject(followed.title, items.length);
  return {
    subject: subjectLine(subject),
    ...(await renderMail(element)),
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
