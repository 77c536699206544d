import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { SITE_NAME, type Locale } from '@mip/shared-types';
import { COLOURS, ConfirmMail, MailFrame, renderMail, subjectLine, TEXT as text, TitleLine } from './layout';
import type { RenderedMail } from '../api/mail/services/outbox';

// The mails of public responses. The author's confirmation goes to an address nobody has
// confirmed yet, so it repeats nothing the sender typed (not the text, not the name): only the
// site's own title of what was answered and the two links. The editors' notice goes to the
// editors' own address and names only counts and the admin's queue.

const T = {
  lt: {
    confirmSubject: 'Patvirtinkite savo atsakymą',
    confirmIntro: (site: string) => `Kažkas (tikriausiai jūs) svetainėje „${site}“ parašė atsakymą į:`,
    confirmWhat:
      'Atsakymą peržiūrės redaktoriai tik tada, kai jį patvirtinsite. Paskelbtas jis bus rodomas su jūsų nurodytu vardu, be el. pašto adreso.',
    confirmButton: 'Patvirtinti atsakymą',
    confirmExpiry:
      'Patvirtinimo nuoroda galioja 48 valandas. Jei atsakymo nerašėte, šį laišką tiesiog ištrinkite: atsakymas nebus paskelbtas, o po kelių dienų bus ištrintas.',
    withdraw: 'Bet kada galite atsakymą atšaukti (jis bus ištrintas):',
    withdrawLink: 'Atšaukti atsakymą',
  },
  en: {
    confirmSubject: 'Please confirm your response',
    confirmIntro: (site: string) => `Someone (hopefully you) wrote a response on the ${site} to:`,
    confirmWhat:
      'The editors review it only once you confirm it. If published, it is shown with the name you gave, never your email address.',
    confirmButton: 'Confirm the response',
    confirmExpiry:
      'The confirmation link works for 48 hours. If you did not write a response, just delete this mail: nothing is published, and it is deleted within days.',
    withdraw: 'You can withdraw the response at any time (it is then deleted):',
    withdrawLink: 'Withdraw the response',
  },
} as const;

/** To the author of a response: the only mail an unconfirmed address gets for it. */
export async function responseConfirmMail(
  locale: Locale,
  answered: { title: string; url: string | null },
  confirmUrl: string,
  withdrawUrl: string,
): Promise<RenderedMail> {
  const t = T[locale];
  const element = (
    <ConfirmMail
      locale={locale}
      heading={t.confirmSubject}
      intro={t.confirmIntro(SITE_NAME[locale].full)}
      about={<TitleLine title={answered.title} url={answered.url} />}
      explanation={t.confirmWhat}
      confirmUrl={confirmUrl}
      button={t.confirmButton}
      footer={t.confirmExpiry}
    >
      <Text style={{ ...text, marginTop: '20px' }}>
        {t.withdraw}{' '}
        <Link href={withdrawUrl} style={{ color: COLOURS.link }}>
          {t.withdrawLink}
        </Link>
      </Text>
    </ConfirmMail>
  );
  return { subject: subjectLine(t.confirmSubject), ...(await renderMail(element)) };
}

/** To the editors' address: responses wait in the queue (both languages: editors read either). */
export async function responsesWaitingMail(counts: { waiting: number; reported: number }, queueUrl: string) {
  const lines = [
    counts.waiting > 0 &&
      `Patvirtintų atsakymų, laukiančių peržiūros: ${counts.waiting}. / Confirmed responses waiting for review: ${counts.waiting}.`,
    counts.reported > 0 &&
      `Dėl skaitytojų pranešimų paslėptų atsakymų: ${counts.reported}. / Responses hidden after readers' reports: ${counts.reported}.`,
  ].filter(Boolean) as string[];
  const element = (
    <MailFrame locale="lt" preview={lines[0] ?? ''} footer={SITE_NAME.lt.full}>
      {lines.map((line) => (
        <Text key={line} style={text}>
          {line}
        </Text>
      ))}
      <Text style={text}>
        <Link href={queueUrl} style={{ color: COLOURS.link }}>
          Atsakymų eilė / The responses' queue
        </Link>
      </Text>
    </MailFrame>
  );
  const total = counts.waiting + counts.reported;
  return {
    subject: subjectLine(`Atsakymai laukia peržiūros (${total}) / Responses wait for review (${total})`),
    ...(await renderMail(element)),
  };
}
