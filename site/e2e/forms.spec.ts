import { expect, test, type Locator, type Page } from '@playwright/test';

// The public forms, used with the keyboard only, against the real CMS routes.

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

/** The form is a React island: wait until it is interactive (Astro drops `ssr` once hydrated). */
async function openForm(page: Page, path: string) {
  await page.goto(path);
  await page.locator('astro-island:not([ssr]) form').waitFor();
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

for (const [locale, path, t] of [
  ['lt', '/lt/pateikti-praktika/', { send: 'Siųsti', summary: 'Pataisykite šiuos laukus', title: 'Pavadinimas', required: 'Šis laukas privalomas.', thanks: 'Ačiū! Gavome jūsų pateikimą' }],
  ['en', '/en/submit-practice/', { send: 'Send', summary: 'Please correct these fields', title: 'Title', required: 'This field is required.', thanks: 'Thank you! We received your submission' }],
] as const) {
  test(`a good practice can be submitted with the keyboard only (${locale})`, async ({ page }) => {
    await openForm(page, path);
    const send = page.getByRole('button', { name: t.send });
    await tabTo(page, send);
    await page.keyboard.press('Enter');

    // The error summary takes the focus and links to each field.
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(t.summary);
    await expect(summary.getByRole('link', { name: new RegExp(`^${t.title}`) })).toContainText(t.required);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const title = page.getByLabel(new RegExp(`^${t.title}`));
    await expect(title).toBeFocused();
    await expect(page.locator('#field-title-error')).toHaveText(t.required);

    await page.keyboard.type('Kalbos kavinė „Žodžiai“ 😀');
    await typeInto(page, page.locator('#field-summary'), 'Savaitiniai pokalbių vakarai bibliotekoje visiems norintiems.');
    for (const name of ['context', 'goals', 'howItWorks', 'results']) {
      await typeInto(page, page.locator(`#field-${name}`), 'Pakankamai ilgas aprašymas šiam laukui užpildyti.');
    }
    await typeInto(page, page.locator('#field-fundingSources-0-funder'), 'Panevėžio miesto savivaldybė');
    await typeInto(page, page.locator('#field-fundingSources-0-amountEur'), '12000');
    await typeInto(page, page.locator('#field-startDate'), '01152025');
    const firstArea = page.locator('#field-integrationAreas input').first();
    await tabTo(page, firstArea);
    await page.keyboard.press('Space');
    await typeInto(page, page.locator('#field-organisationName'), 'Panevėžio biblioteka');
    await typeInto(page, page.locator('#field-submitterName'), 'Rūta Žemaitytė');
    await typeInto(page, page.locator('#field-submitterEmail'), 'ruta@biblioteka.lt');
    // A reload keeps what was typed.
    await page.reload();
    await page.locator('astro-island:not([ssr]) form').waitFor();
    await expect(page.locator('#field-submitterEmail')).toHaveValue('ruta@biblioteka.lt');
    await expect(page.locator('#field-title')).toHaveValue('Kalbos kavinė „Žodžiai“ 😀');

    await tabTo(page, send);
    await page.keyboard.press('Enter');
    const confirmation = page.getByTestId('confirmation');
    await expect(confirmation).toBeFocused();
    await expect(confirmation.getByRole('heading')).toHaveText(t.thanks);
    await expect(page.getByTestId('reference')).toHaveText(/^GP-\d{4}-[A-Z2-9]{6}$/);
  });
}

test('a failed request keeps everything typed and says so', async ({ page }) => {
  await page.route('**/api/submissions/**', (route) => route.abort('connectionrefused'));
  await openForm(page, '/en/partner-search/new/');
  await page.locator('#field-title').fill('Partner for a mentoring project');
  await page.locator('#field-summary').fill('We look for a municipality to co-run mentoring.');
  await page.locator('#field-projectIdea').fill('Volunteer mentors meet newly arrived families every week for six months, with a final evaluation.');
  await page.locator('#field-rolesSought input').first().check();
  await page.locator('#field-expiresAt').fill('2027-03-01');
  await page.locator('#field-integrationAreas input').first().check();
  await page.locator('#field-organisationName').fill('Tiltai');
  await page.locator('#field-contactName').fill('Jonas');
  await page.locator('#field-contactEmail').fill('jonas@tiltai.lt');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('the server cannot be reached');
  await expect(page.locator('#field-projectIdea')).toHaveValue(/Volunteer mentors/);

  await page.unroute('**/api/submissions/**');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^PS-/);
});

test('a message reaches an organisation through its page without showing its address', async ({ page }) => {
  await page.goto('/en/organisations/');
  const organisations = await page.locator('[data-testid="entry-list"] .entry-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  // The demo gives some organisations a private contact address; find one that accepts messages.
  for (const href of organisations) {
    await page.goto(href);
    const form = page.getByTestId('contact');
    await form.scrollIntoViewIfNeeded();
    await page.locator('[data-testid="contact"] astro-island:not([ssr]) form').waitFor();
    await form.getByLabel(/^Your name/).fill('Ona Petraitytė');
    await form.getByLabel(/^Your email/).fill('ona@example.lt');
    await form.getByLabel(/^Message/).fill('We would like to cooperate on a mentoring project next year.');
    await form.getByRole('button', { name: 'Send' }).click();
    const outcome = await Promise.race([
      page.getByTestId('reference').waitFor().then(() => 'sent'),
      form.getByTestId('error-summary').getByText('The recipient was not found.').waitFor().then(() => 'no address'),
    ]);
    if (outcome === 'sent') {
      await expect(page.getByTestId('reference')).toHaveText(/^MSG-/);
      expect(await page.content()).not.toContain('mailto:');
      return;
    }
  }
  throw new Error('no organisation accepted a message');
});
