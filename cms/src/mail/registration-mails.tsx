import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { SEMINAR_DEFAULT_HOURS, SITE_NAME, type Locale } from '@mip/shared-types';
import type { RenderedMail } from '../api/mail/services/outbox';
import { COLOURS, ConfirmMail, HEADING, MailFrame, renderMail, subjectLine, TEXT as text, TitleLine } from './layout';

// The mails of seminar registration, in the registrant's language. None repeats what they typed:
// the seminar is named by the site's own title. The confirmation goes to an address nobody has
// confirmed yet; the others only after it was confirmed.

export interface SeminarView {
  documentId: string;
  title: string;
  url: string;
  startAt: string;
  endAt: string | null;
  venue: string | null;
  format: string | null;
}

/**
 * The seminar as an iCalendar event (RFC 5545), in Lithuania's time zone, at its venue or, online,
 * at its page: what a calendar program adds from the registration mail.
 */
export function seminarCalendar(locale: Locale, seminar: SeminarView): string {
  const zone = 'Europe/Vilnius';
  const online = seminar.format === 'online';
  const calendar = ical({
    prodId: { company: 'mip', product: 'registration', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  // Times in Lithuania's zone, with its VTIMEZONE (summer time rules) in the file.
  calendar.timezone({ name: zone, generator: getVtimezoneComponent });
  const start = DateTime.fromISO(seminar.startAt, { zone });
  calendar.createEvent({
    id: `seminar-${seminar.documentId}@${new URL(seminar.url).host}`,
    start,
    end: seminar.endAt ? DateTime.fromISO(seminar.endAt, { zone }) : start.plus({ hours: SEMINAR_DEFAULT_HOURS }),
    timezone: zone,
    summary: seminar.title,
    location: online ? seminar.url : (seminar.venue ?? undefined),
    url: seminar.url,
  });
  return calendar.toString();
}

const T = {
  lt: {
    confirmSubject: 'Patvirtinkite registraciją į renginį',
    confirmIntro: (site: string) => `Kažkas (tikriausiai jūs) svetainėje „${site}“ užsiregistravo į renginį:`,
    confirmButton: 'Patvirtinti registraciją',
    confirmExpiry:
      'Nuoroda galioja 48 valandas. Registracija galioja tik patvirtinus. Jei nesiregistravote, šį laišką tiesiog ištrinkite.',
    placeSubject: (title: string) => `Jūs užsiregistravote: ${title}`,
    placeText: 'Jūsų vieta užtikrinta.',
    promotedSubject: (title: string) => `Atsirado vieta: ${title}`,
    promotedText: 'Kažkas atšaukė registraciją, todėl laukiančiųjų sąraše jūs buvote pirmi: jūsų vieta užtikrinta.',
    waitingSubject: (title: string) => `Laukiančiųjų sąraše: ${title}`,
    waitingText: (position: number) =>
      `Visos vietos užimtos. Esate ${position}-as (-a) laukiančiųjų sąraše; jei kas nors atšauks registraciją, pranešime.`,
    when: 'Kada',
    where: 'Kur',
    cancel: 'Negalėsite dalyvauti? Atšaukite registraciją, kad vietą gautų kitas:',
    cancelLink: 'Atšaukti registraciją',
    reminderSubject: (title: string) => `Primename: rytoj ${title}`,
    reminderText: 'Primename, kad esate užsiregistravę į renginį, kuris vyks jau rytoj.',
    materialsSubject: (title: string) => `Renginio medžiaga: ${title}`,
    materialsText: 'Ačiū, kad dalyvavote. Renginio medžiaga ir išvados paskelbtos:',
    conclusions: 'Išvados ir sutarti tolesni veiksmai – renginio puslapyje',
    why: 'Gaunate šį laišką, nes buvote užsiregistravę į šį renginį.',
  },
  en: {
    confirmSubject: 'Please confirm your seminar registration',
    confirmIntro: (site: string) => `Someone (hopefully you) registered on the ${site} for:`,
    confirmButton: 'Confirm the registration',
    confirmExpiry:
      'The link works for 48 hours. A registration counts only once confirmed. If you did not register, just delete this mail.',
    placeSubject: (title: string) => `You are registered: ${title}`,
    placeText: 'Your place is booked.',
    promotedSubject: (title: string) => `A place for you: ${title}`,
    promotedText: 'Someone cancelled, and you were first on the waiting list: your place is booked.',
    waitingSubject: (title: string) => `On the waiting list: ${title}`,
    waitingText: (position: number) =>
      `All places are taken. You are number ${position} on the waiting list; if someone cancels, we will tell you.`,
    when: 'When',
    where: 'Where',
    cancel: 'Cannot come? Cancel your registration so that someone else gets the place:',
    cancelLink: 'Cancel the registration',
    reminderSubject: (title: string) => `Reminder: ${title} is tomorrow`,
    reminderText: 'A reminder that you are registered for a seminar that takes place tomorrow.',
    materialsSubject: (title: string) => `Seminar materials: ${title}`,
    materialsText: 'Thank you for taking part. The seminar’s materials and conclusions are published:',
    conclusions: 'Conclusions and follow-up actions, on the seminar’s page',
    why: 'You get this mail because you registered for this seminar.',
  },
} as const;

function when(locale: Locale, seminar: SeminarView): string {
  const format = new Intl.DateTimeFormat(locale === 'lt' ? 'lt-LT' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Vilnius',
  });
  return format.format(new Date(seminar.startAt));
}

function SeminarLines({ locale, seminar }: { locale: Locale; seminar: SeminarView }) {
  const t = T[locale];
  return (
    <>
      <TitleLine title={seminar.title} url={seminar.url} />
      <Text style={text}>
        {t.when}: {when(locale, seminar)}
        {seminar.venue ? ` · ${t.where}: ${seminar.venue}` : ''}
      </Text>
    </>
  );
}

/** The footer of every mail to someone holding a place or waiting: how to give it up. */
function CancelLine({ locale, url }: { locale: Locale; url: string }) {
  const t = T[locale];
  return (
    <>
      {t.cancel}{' '}
      <Link href={url} style={{ color: COLOURS.link }}>
        {t.cancelLink}
      </Link>
    </>
  );
}

/** To a new registration's address: the only mail it gets before it is confirmed. */
export async function registrationConfirmMail(
  locale: Locale,
  seminar: SeminarView,
  confirmUrl: string,
): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <ConfirmMail
      locale={locale}
      heading={t.confirmSubject}
      intro={t.confirmIntro(SITE_NAME[locale].full)}
      about={<SeminarLines locale={locale} seminar={seminar} />}
      confirmUrl={confirmUrl}
      button={t.confirmButton}
      footer={t.confirmExpiry}
    />
  );
  return { subject: subjectLine(t.confirmSubject), ...(await renderMail(element)) };
}

/** After confirming (or moving up the waiting list): a place, or the position on the waiting list. */
export async function registrationStateMail(
  locale: Locale,
  seminar: SeminarView,
  options: { state: 'confirmed' | 'waiting'; promoted: boolean; position: number | null; cancelUrl: string },
): Promise<RenderedMail> {
  const t = T[locale];
  const subject =
    options.state === 'waiting'
      ? t.waitingSubject(seminar.title)
      : options.promoted
        ? t.promotedSubject(seminar.title)
        : t.placeSubject(seminar.title);
  const lead =
    options.state === 'waiting'
      ? t.waitingText(options.position ?? 1)
      : options.promoted
        ? t.promotedText
        : t.placeText;
  const element = (
    <MailFrame locale={locale} preview={lead} footer={<CancelLine locale={locale} url={options.cancelUrl} />}>
      <Heading as="h1" style={HEADING}>
        {lead}
      </Heading>
      <SeminarLines locale={locale} seminar={seminar} />
    </MailFrame>
  );
  // A place comes with the seminar for the registrant's calendar.
  const attachments =
    options.state === 'confirmed'
      ? [
          {
            filename: locale === 'lt' ? 'renginys.ics' : 'seminar.ics',
            content: seminarCalendar(locale, seminar),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]
      : undefined;
  return { subject: subjectLine(subject), ...(await renderMail(element)), ...(attachments && { attachments }) };
}

/** The day before: where and when, with the way to cancel. */
export async function registrationReminderMail(
  locale: Locale,
  seminar: SeminarView,
  cancelUrl: string,
): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <MailFrame locale={locale} preview={t.reminderText} footer={<CancelLine locale={locale} url={cancelUrl} />}>
      <Heading as="h1" style={HEADING}>
        {t.reminderText}
      </Heading>
      <SeminarLines locale={locale} seminar={seminar} />
    </MailFrame>
  );
  return { subject: subjectLine(t.reminderSubject(seminar.title)), ...(await renderMail(element)) };
}

/** After the seminar, once an editor published its materials or conclusions: the links to them. */
export async function registrationMaterialsMail(
  locale: Locale,
  seminar: SeminarView,
  materials: { name: string; url: string }[],
  conclusions: boolean,
): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <MailFrame locale={locale} preview={t.materialsText} footer={t.why}>
      <Heading as="h1" style={HEADING}>
        {seminar.title}
      </Heading>
      <Text style={text}>{t.materialsText}</Text>
      {materials.map((file) => (
        <Text key={file.url} style={{ ...text, margin: '0 0 6px' }}>
          <Link href={file.url} style={{ color: COLOURS.link }}>
            {file.name}
          </Link>
        </Text>
      ))}
      {conclusions && (
        <Text style={text}>
          <Link href={seminar.url} style={{ color: COLOURS.link }}>
            {t.conclusions}
          </Link>
        </Text>
      )}
    </MailFrame>
  );
  return { subject: subjectLine(t.materialsSubject(seminar.title)), ...(await renderMail(element)) };
}
