import { expect, test, type Page } from '@playwright/test';
import type { ReceivedMail } from '@mip/testing/smtp-sink';
import { nuCheck } from './html-checks.ts';
import { linkInMail, mailTo, PageChecks } from './page-checks.ts';

// The public's responses in the browser: the demo's published responses on a priority's page in
// both languages (a reply that is an institution's answer under the response it answers, a
// response in the other language marked with it), a reader responding with JavaScript off and on in
// both languages and confirming through the mail the platform really sent, and a reader reporting
// a response. Every page on the way passes axe and the HTML checkers. Publishing and the page
// showing it once live: scripts/test/alerts.test.ts (with the rebuild service).

test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS to respond to');

const PRIORITY = { lt: '/lt/prioritetai/kalba-ir-svietimas/', en: '/en/priorities/language-and-education/' };
const TEXT = {
  lt: {
    heading: /^Atsakymai \(\d+\)$/,
    respond: 'Parašyti atsakymą',
    stance: 'Klausimas',
    body: 'Jūsų atsakymas',
    name: 'Vardas, rodomas prie atsakymo',
    email: 'El. paštas (nebus rodomas)',
    consent: /^Sutinku, kad mano vardas/,
    submit: 'Siųsti atsakymą',
    sent: /\/lt\/pranesimai\/patvirtinkite-atsakyma\/$/,
    sentTitle: 'Patvirtinkite savo atsakymą',
    confirmSubject: 'Patvirtinkite savo atsakymą',
    confirmTitle: 'Patvirtinkite savo atsakymą',
    confirm: 'Patvirtinti',
    confirmed: /\/lt\/pranesimai\/atsakymas-patvirtintas\/$/,
    confirmedTitle: 'Atsakymas patvirtintas',
    answer: 'Socialinės apsaugos ir darbo ministerija atsakymas',
    otherLanguage: 'angliškai',
  },
  en: {
    heading: /^Responses \(\d+\)$/,
    respond: 'Write a response',
    stance: 'Question',
    body: 'Your response',
    name: 'Name shown with the response',
    email: 'Email (never shown)',
    consent: /^I agree that my name/,
    submit: 'Send the response',
    sent: /\/en\/notices\/confirm-your-response\/$/,
    sentTitle: 'Please confirm your response',
    confirmSubject: 'Please confirm your response',
    confirmTitle: 'Confirm your response',
    confirm: 'Confirm',
    confirmed: /\/en\/notices\/response-confirmed\/$/,
    confirmedTitle: 'Your response is confirmed',
    answer: 'Answer of Ministry of Social Security and Labour',
    otherLanguage: 'in Lithuanian',
  },
} as const;

const confirmLink = (mail: ReceivedMail) => linkInMail(mail, 'responses/confirm');

async function respond(page: Page, locale: 'lt' | 'en', email: string, body: string) {
  const t = TEXT[locale];
  await page.getByText(t.respond, { exact: true }).click();
  const form = page.getByTestId('respond');
  await form.getByLabel(t.stance, { exact: true }).check();
  await form.getByLabel(t.body, { exact: true }).fill(body);
  await form.getByLabel(t.name, { exact: true }).fill('Skaitytoja');
  await form.getByLabel(t.email, { exact: true }).fill(email);
  await form.getByRole('checkbox', { name: t.consent }).check();
  await form.getByRole('button', { name: t.submit }).click();
}

for (const javaScript of [false, true]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const locale of ['lt', 'en'] as const) {
      test(`a reader sees the responses to a priority, responds and confirms through the mail (${locale})`, async ({
        page,
        browser,
      }) => {
        const t = TEXT[locale];
        const checks = new PageChecks(browser);
        checks.watch(page);
        await page.goto(PRIORITY[locale]);
        const responses = page.getByTestId('responses');
        await expect(responses.getByRole('heading', { level: 2 })).toHaveText(t.heading);
        // The demo's thread: a question, the ministry's answer under it, a response in English.
        const question = responses.getByTestId('response').filter({ hasText: 'Mažesniuose miestuose' }).first();
        await expect(question.getByTestId('response').filter({ hasText: t.answer })).toHaveCount(1);
        const english = responses.getByTestId('response').filter({ hasText: 'IOM Vilnius team' });
        const lithuanian = question.locator('.response-body').first();
        if (locale === 'lt') await expect(english.locator('.response-body')).toHaveAttribute('lang', 'en');
        else await expect(lithuanian).toHaveAttribute('lang', 'lt');
        await expect(locale === 'lt' ? english : question).toContainText(t.otherLanguage);
        await checks.check(page);

        const email = `atsakymas.${locale}.${javaScript}.${Date.now()}@example.org`;
        await respond(page, locale, email, `Kada bus paskelbtas kursų kalendorius? (${locale}, ${javaScript})`);
        await expect(page).toHaveURL(t.sent);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.sentTitle);
        await checks.check(page);
        const [confirmation] = await mailTo(email);
        expect(confirmation!.subject).toBe(t.confirmSubject);
        expect(confirmation!.text).not.toContain('Skaitytoja');
        // The mail's link opens a page that only asks; its button confirms.
        await page.goto(confirmLink(confirmation!));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmTitle);
        await checks.check(page);
        await page.getByRole('button', { name: t.confirm }).click();
        await expect(page).toHaveURL(t.confirmed);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmedTitle);
        await checks.check(page);
        expect(nuCheck(checks.checked)).toEqual([]);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader reports a response, and a mistake the browser lets through is named on a page of its own', async ({
    page,
    browser,
  }) => {
    const checks = new PageChecks(browser);
    checks.watch(page);
    await page.goto(PRIORITY.en);
    const response = page.getByTestId('response').filter({ hasText: 'IOM Vilnius team' });
    await response.getByText('Report an inappropriate response').click();
    await response.getByLabel('Spam or advertising').check();
    await response.getByRole('button', { name: 'Report' }).click();
    await expect(page).toHaveURL(/\/en\/notices\/report-received\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your report');
    await checks.check(page);

    // An address the browser accepts and the CMS does not: its field is named, with a way back.
    await page.goto(PRIORITY.lt);
    await respond(page, 'lt', 'skaitytoja@pastas', 'Klausimas apie kursų kalendorių regionuose.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pataisykite šiuos laukus');
    await expect(page.getByRole('link', { name: /^El\. paštas \(nebus rodomas\): / })).toHaveAttribute(
      'href',
      new RegExp(`${PRIORITY.lt}#respond-email$`),
    );
    await checks.check(page);
    expect(nuCheck(checks.checked)).toEqual([]);
  });
});

test('practices, research, seminars, calls and news take responses too; organisations and partner requests do not', async ({
  page,
}) => {
  for (const list of ['/lt/geroji-praktika/', '/en/research/', '/lt/renginiai/', '/en/funding/', '/lt/naujienos/']) {
    await page.goto(list);
    await page.getByTestId('entry-list').getByRole('link').first().click();
    await expect(page.getByTestId('respond')).toHaveCount(1);
  }
  for (const list of ['/lt/organizacijos/', '/en/partner-search/']) {
    await page.goto(list);
    await page.getByTestId('entry-list').getByRole('link').first().click();
    await expect(page.getByTestId('responses')).toHaveCount(0);
  }
  // Lists say how many responses an entry has.
  await page.goto('/en/priorities/');
  await expect(
    page.getByTestId('entry-list').locator('li', { hasText: 'Language and education' }).getByTestId('response-count'),
  ).toHaveText('3 responses');
});
