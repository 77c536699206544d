import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { readMailDir, type ReceivedMail } from '@mip/testing/smtp-sink';
import { nuCheck, validator } from './html-checks.ts';

// "Get email alerts" in the browser: a reader follows a filtered list with JavaScript off and on,
// in both languages, confirms through the mail the platform really sent (an SMTP server on
// loopback, see global-setup), and changes what she follows on her own page. Every page on the way
// (the site's notices, and the CMS's pages behind the links) passes axe and the HTML checkers.

test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS to subscribe at');

const FILTER = { lt: '/lt/finansavimas/busena/atviras/', en: '/en/funding/status/open/' };
const TEXT = {
  lt: {
    follow: 'Gauti pranešimus el. paštu',
    email: 'El. paštas',
    submit: 'Užsiprenumeruoti',
    sent: /\/lt\/pranesimai\/patikrinkite-pasta\/$/,
    sentTitle: 'Patikrinkite el. paštą',
    confirmSubject: 'Patvirtinkite el. pašto pranešimus',
    confirmTitle: 'Patvirtinkite pranešimų prenumeratą',
    confirm: 'Patvirtinti',
    confirmed: /\/lt\/pranesimai\/prenumerata-patvirtinta\/$/,
    confirmedTitle: 'Prenumerata patvirtinta',
    weekly: /Kartą per savaitę/,
  },
  en: {
    follow: 'Get email alerts',
    email: 'Email',
    submit: 'Subscribe',
    sent: /\/en\/notices\/check-your-email\/$/,
    sentTitle: 'Check your email',
    confirmSubject: 'Confirm your email alerts',
    confirmTitle: 'Confirm your email alerts',
    confirm: 'Confirm',
    confirmed: /\/en\/notices\/alerts-confirmed\/$/,
    confirmedTitle: 'Your alerts are on',
    weekly: /Once a week/,
  },
} as const;

async function mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  const received = () => readMailDir(process.env.E2E_MAIL_DIR!).filter((m) => m.to.includes(address));
  await expect.poll(() => received().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  return received();
}

const linkIn = (mail: ReceivedMail, kind: 'confirm' | 'subscriptions') =>
  mail.text.match(new RegExp(`https?://[^\\s)\\]]+/api/alerts/${kind}\\?token=[^\\s)\\]]+`))![0];

/** The pages a reader saw, each checked as she saw it, for one Nu checker run at the end. */
class PageChecks {
  readonly checked: { path: string; html: string }[] = [];
  private readonly served = new WeakMap<Page, Response>();
  private checker: Page | undefined;
  private readonly browser: Browser;
  constructor(browser: Browser) {
    this.browser = browser;
  }

  /** Keeps what the server sent for each page the reader's tab shows. */
  watch(page: Page) {
    page.on('response', (response) => {
      const request = response.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !response.headers().location)
        this.served.set(page, response);
    });
  }

  /**
   * axe and both HTML checkers on the page the reader sees now. axe runs in a tab of its own with
   * JavaScript on (it is a script), on the HTML the server sent, at the same address.
   */
  async check(page: Page) {
    const served = this.served.get(page)!;
    const html = await served.text();
    const where = new URL(page.url()).pathname;
    // A context of its own (axe opens pages in it), with JavaScript whatever the reader's tab has.
    this.checker ??= await (await this.browser.newContext({ javaScriptEnabled: true })).newPage();
    // The same address; an answer to a POST (a form's errors) is asked for with the same POST,
    // which changes nothing the second time.
    const address = page.url();
    const request = served.request();
    if (request.method() === 'POST') {
      const headers = await request.allHeaders();
      const postData = request.postDataBuffer() ?? undefined;
      await this.checker.route(address, (route) => route.continue({ method: 'POST', postData, headers }));
    }
    await this.checker.goto(address);
    await this.checker.unroute(address);
    await this.checker.locator('details.follow').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    const axe = await new AxeBuilder({ page: this.checker })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${where}: ${m.ruleId} ${m.message}`))).toEqual([]);
    this.checked.push({ path: where, html });
  }
}

async function subscribe(page: Page, locale: 'lt' | 'en', email: string, frequency: RegExp) {
  await page.goto(FILTER[locale]);
  await page.getByText(TEXT[locale].follow).click();
  const form = page.getByTestId('follow');
  await form.getByLabel(TEXT[locale].email, { exact: true }).fill(email);
  await form.getByLabel(frequency).check();
  await form.getByRole('button', { name: TEXT[locale].submit }).click();
}

/** Subscribes on the filter page, confirms through the mail: every page checked on the way. */
async function subscribeAndConfirm(page: Page, checks: PageChecks, locale: 'lt' | 'en', email: string) {
  const t = TEXT[locale];
  await subscribe(page, locale, email, t.weekly);
  await expect(page).toHaveURL(t.sent);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.sentTitle);
  await checks.check(page);
  const [confirmation] = await mailTo(email);
  expect(confirmation!.subject).toBe(t.confirmSubject);
  // The mail's link opens a page that only asks; its button confirms.
  await page.goto(linkIn(confirmation!, 'confirm'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmTitle);
  await checks.check(page);
  await page.getByRole('button', { name: t.confirm }).click();
  await expect(page).toHaveURL(t.confirmed);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.confirmedTitle);
}

for (const javaScript of [false, true]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const locale of ['lt', 'en'] as const) {
      test(`a reader follows a filtered list and confirms through the mail (${locale})`, async ({ page, browser }) => {
        const checks = new PageChecks(browser);
        checks.watch(page);
        await page.goto(FILTER[locale]);
        await checks.check(page);
        await subscribeAndConfirm(page, checks, locale, `${locale}.${javaScript}.${Date.now()}@example.org`);
        expect(nuCheck(checks.checked)).toEqual([]);
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a mistake is named on a page of its own, and the subscriber manages what she follows (lt)', async ({
    page,
    browser,
  }) => {
    const checks = new PageChecks(browser);
    checks.watch(page);
    // A mistake the browser does not catch is named on the CMS's page, with a way back to the field.
    await subscribe(page, 'lt', 'ona@pastas', /Kartą per dieną/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pataisykite šiuos laukus');
    const error = page.getByRole('link', { name: /^El\. paštas: / });
    await expect(error).toHaveAttribute('href', new RegExp(`${FILTER.lt}#field-email$`));
    await checks.check(page);

    const email = `ona.${Date.now()}@example.lt`;
    await subscribeAndConfirm(page, checks, 'lt', email);
    // Asking again from the same address changes nothing; the mail it gets leads to her page.
    await subscribe(page, 'lt', email, /Iš karto/);
    await expect(page).toHaveURL(TEXT.lt.sent);
    const [, known] = await mailTo(email, 2);
    expect(known!.subject).toBe('Šiuos pranešimus jau gaunate');
    await page.goto(linkIn(known!, 'subscriptions'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jūsų prenumeratos');
    const row = page.getByTestId('subscriptions').getByRole('row').nth(1);
    await expect(row).toContainText('Finansavimas: Atviras');
    await expect(row.getByRole('combobox')).toHaveValue('weekly');
    await checks.check(page);
    await row.getByRole('combobox').selectOption('daily');
    await row.getByRole('button', { name: /^Keisti/ }).click();
    await expect(page.getByRole('status')).toHaveText('Pakeitimas išsaugotas.');
    await expect(page.getByTestId('subscriptions').getByRole('row').nth(1).getByRole('combobox')).toHaveValue('daily');
    await page.getByRole('button', { name: 'Ištrinti viską' }).click();
    await expect(page).toHaveURL(/\/lt\/pranesimai\/duomenys-istrinti\/$/);
    await checks.check(page);
    expect(nuCheck(checks.checked)).toEqual([]);
  });
});

test('organisations, priorities and seminars can be followed from their pages, lists from every page of them', async ({
  page,
}) => {
  for (const [list, follows] of [
    ['/lt/organizacijos/', 'organisation:'],
    ['/lt/prioritetai/', 'priority:'],
    ['/en/seminars/', 'seminar:'],
  ] as const) {
    await page.goto(list);
    await expect(page.getByTestId('follow').locator('input[name="topic"]')).toHaveValue(/^list:/);
    await page.getByTestId('entry-list').getByRole('link').first().click();
    await expect(page.getByTestId('follow').locator('input[name="topic"]')).toHaveValue(new RegExp(`^${follows}`));
  }
  // A search page, a form and a notice offer nothing to follow.
  for (const path of ['/lt/paieska/', '/lt/pateikti-praktika/', '/lt/pranesimai/patikrinkite-pasta/']) {
    await page.goto(path);
    await expect(page.getByTestId('follow')).toHaveCount(0);
  }
});
