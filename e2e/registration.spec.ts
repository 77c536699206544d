import { expect, test } from '@playwright/test';
import type { ReceivedMail } from '@mip/testing/smtp-sink';
import { nuCheck } from './html-checks.ts';
import { linkInMail, mailTo, PageChecks } from './page-checks.ts';

// Seminar registration in the browser: on the demo's spring forum (registration on the site, 60
// places), a reader registers with JavaScript off and on in both languages, confirms through the
// mail the platform really sent, and gets a place with the seminar for her calendar. Every page on
// the way passes axe and the HTML checkers. Places, the waiting list under concurrency, reminders
// and materials: cms/test/registrations.test.ts.

test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS to register at');

const SEMINAR = {
  lt: '/lt/renginiai/integracijos-forumas-pavasario-sesija/',
  en: '/en/seminars/integration-forum-spring-session/',
};
const TEXT = {
  lt: {
    places: 'Laisvų vietų (paskutinio atnaujinimo metu): 60.',
    open: 'Užsiregistruoti',
    name: 'Vardas ir pavardė',
    email: 'El. paštas',
    organisation: 'Organizacija',
    submit: 'Registruotis',
    sent: /\/lt\/pranesimai\/patvirtinkite-registracija\/$/,
    sentTitle: 'Patvirtinkite registraciją',
    confirmSubject: 'Patvirtinkite registraciją į renginį',
    confirmTitle: 'Patvirtinkite registraciją',
    confirm: 'Patvirtinti',
    done: /\/lt\/pranesimai\/registracija-patvirtinta\/$/,
    doneTitle: 'Jūs užsiregistravote',
    placeSubject: /^Jūs užsiregistravote: Integracijos forumas: pavasario sesija$/,
  },
  en: {
    places: 'Places left (when this page was last updated): 60.',
    open: 'Register for this seminar',
    name: 'Your name',
    email: 'Email',
    organisation: 'Organisation',
    submit: 'Register',
    sent: /\/en\/notices\/confirm-your-registration\/$/,
    sentTitle: 'Please confirm your registration',
    confirmSubject: 'Please confirm your seminar registration',
    confirmTitle: 'Confirm your registration',
    confirm: 'Confirm',
    done: /\/en\/notices\/registration-confirmed\/$/,
    doneTitle: 'You are registered',
    placeSubject: /^You are registered: Integration forum: spring session$/,
  },
} as const;

const confirmLink = (mail: ReceivedMail) => linkInMail(mail, 'registrations/confirm');

for (const javaScript of [false, true]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const locale of ['lt', 'en'] as const) {
      test(`a reader registers for a seminar and confirms through the mail (${locale})`, async ({ page, browser }) => {
        const t = TEXT[locale];
        const checks = new PageChecks(browser);
        checks.watch(page);
        await page.goto(SEMINAR[locale]);
        const registration = page.getByTestId('registration');
        await expect(registration.getByTestId('places-left')).toHaveText(t.places);
        await checks.check(page);

        const email = `registracija.${locale}.${javaScript}.${Date.now()}@example.org`;
        await registration.getByText(t.open, { exact: true }).click();
        const form = registration.locator('form');
        await form.getByLabel(t.name, { exact: true }).fill('Ona Onaitė');
        await form.getByLabel(t.email, { exact: true }).fill(email);
        // The organisation: the directory's names are offered as she types (she may type another).
        const organisation = form.getByLabel(new RegExp(`^${t.organisation} `));
        const offered = await page
          .locator(`datalist#${await organisation.getAttribute('list')} option`)
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        expect(offered.length).toBeGreaterThan(5);
        await organisation.fill(offered[0]!);
        await checks.check(page);
        await form.getByRole('button', { name: t.submit }).click();
        await expect(page).toHaveURL(t.sent);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.sentTitle);
        await checks.check(page);

        const [confirmation] = await mailTo(email);
        expect(confirmation!.subject).toBe(t.confirmSubject);
        expect(confirmation!.text).not.toContain('Ona Onaitė');
        await page.goto(confirmLink(confirmation!));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmTitle);
        await checks.check(page);
        await page.getByRole('button', { name: t.confirm }).click();
        await expect(page).toHaveURL(t.done);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.doneTitle);
        await checks.check(page);
        const [, place] = await mailTo(email, 2);
        expect(place!.subject).toMatch(t.placeSubject);
        expect(place!.attachments.map((a) => a.mimeType)).toEqual(['text/calendar']);
        expect(nuCheck(checks.checked)).toEqual([]);
      });
    }
  });
}

test('only a seminar that takes registration here has the form; the others keep their link', async ({ page }) => {
  await page.goto('/en/seminars/');
  const links = await page.getByTestId('entry-list').getByRole('link').all();
  let forms = 0;
  for (const href of await Promise.all(links.map((l) => l.getAttribute('href')))) {
    await page.goto(href!);
    forms += await page.getByTestId('registration').count();
  }
  expect(forms).toBe(1);
});
