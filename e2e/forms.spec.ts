import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdIslandCode } from './helpers.ts';
import { demoPdf } from '@mip/cms/seed/demo-pdf';
import { CmsAdmin } from '@mip/testing/cms-admin';

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
  [
    'lt',
    '/lt/pateikti-praktika/',
    {
      send: 'Siųsti',
      summary: 'Pataisykite šiuos laukus',
      title: 'Pavadinimas',
      required: 'Šis laukas privalomas.',
      thanks: 'Ačiū! Gavome jūsų pateikimą',
    },
  ],
  [
    'en',
    '/en/submit-practice/',
    {
      send: 'Send',
      summary: 'Please correct these fields',
      title: 'Title',
      required: 'This field is required.',
      thanks: 'Thank you! We received your submission',
    },
  ],
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
    await typeInto(
      page,
      page.locator('#field-summary'),
      'Savaitiniai pokalbių vakarai bibliotekoje visiems norintiems.',
    );
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

/** The required practice fields, filled the quick way (the keyboard test above covers typing). */
async function fillPractice(page: Page, title: string) {
  await page.locator('#field-title').fill(title);
  await page
    .locator('#field-summary')
    .fill('Weekly conversation evenings in the library for anyone who wants to practise.');
  for (const name of ['context', 'goals', 'howItWorks', 'results'])
    await page.locator(`#field-${name}`).fill('A long enough description to fill in this field.');
  await page.locator('#field-startDate').fill('2025-01-15');
  await page.locator('#field-integrationAreas input').first().check();
  await page.locator('#field-organisationName').fill('Panevėžys library');
  await page.locator('#field-submitterName').fill('Rūta Žemaitytė');
  await page.locator('#field-submitterEmail').fill('ruta@biblioteka.lt');
}

type StoredDraft = {
  publishedAt: string | null;
  fundingSources: { funder: string; amountEur: number | null }[];
  attachments: { name: string; mime: string }[] | null;
};
let editor: Promise<CmsAdmin> | undefined;

/** The stored drafts of that title with their funding sources and attachments, as an editor sees them in the admin. */
async function storedDrafts(title: string): Promise<StoredDraft[]> {
  editor ??= CmsAdmin.login(process.env.E2E_CMS_URL!, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const admin = await editor;
  const found = await admin.find('good-practice', 'en', { 'filters[$and][0][title][$eq]': title });
  return Promise.all(
    found.map(
      async (entry) => (await admin.findOne('good-practice', entry.documentId, 'en')) as unknown as StoredDraft,
    ),
  );
}

test('a practice with several funding sources and an attachment is stored as one draft with all of them', async ({
  page,
}) => {
  test.skip(!process.env.E2E_CMS_TOKEN, 'reusing a build (E2E_SITE_DIR): no CMS to read back from');
  const title = `Language café with attachments ${Date.now()}`;
  await openForm(page, '/en/submit-practice/');
  await fillPractice(page, title);
  await page.locator('#field-fundingSources-0-funder').fill('Panevėžys city municipality');
  await page.locator('#field-fundingSources-0-amountEur').fill('12000');
  await page.getByRole('button', { name: 'Add a funding source' }).click();
  // The new item's first field takes the focus.
  await expect(page.locator('#field-fundingSources-1-funder')).toBeFocused();
  await page.keyboard.type('Open Doors Foundation');
  await page.getByRole('button', { name: 'Add a funding source' }).click();
  await page.locator('#field-fundingSources-2-funder').fill('To be removed');
  await page.getByRole('button', { name: 'Remove Funding source 3' }).click();
  await expect(page.getByTestId('fundingSources-item')).toHaveCount(2);

  // A file the browser can already tell is wrong is reported before anything is sent.
  await page
    .locator('#field-files')
    .setInputFiles([{ name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(
    page.getByTestId('error-summary').getByRole('link', { name: /^Attachments: notes\.exe: Only PDF/ }),
  ).toBeVisible();

  // A file named .pdf whose bytes are not a PDF is refused by the CMS, at the field.
  await page
    .locator('#field-files')
    .setInputFiles([{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text, not a PDF') }]);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.locator('#field-files-error')).toHaveText('Only PDF, DOCX, ODT, JPEG and PNG files are allowed.');
  expect(await storedDrafts(title)).toHaveLength(0);

  await page.locator('#field-files').setInputFiles([
    {
      name: 'evaluation report.pdf',
      mimeType: 'application/pdf',
      buffer: demoPdf('Evaluation', ['Results of the language café.']),
    },
  ]);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^GP-/);

  const [draft, ...others] = await storedDrafts(title);
  expect(others).toHaveLength(0);
  expect(draft.publishedAt).toBeNull();
  expect(draft.fundingSources.map((f) => [f.funder, f.amountEur])).toEqual([
    ['Panevėžys city municipality', 12000],
    ['Open Doors Foundation', null],
  ]);
  expect(draft.attachments?.map((a) => [a.name, a.mime])).toEqual([['evaluation report.pdf', 'application/pdf']]);
});

test('what is typed before the form is ready is kept', async ({ page }) => {
  const release = await holdIslandCode(page, 'SubmissionForm');
  await page.goto('/en/partner-search/new/', { waitUntil: 'domcontentloaded' });
  await page.locator('#field-title').fill('Partner for a mentoring project');
  await page.locator('#field-integrationAreas input').first().check();
  release();
  await page.locator('astro-island:not([ssr]) form').waitFor();
  await page.locator('#field-summary').fill('We look for a municipality to co-run mentoring.'); // the form renders again
  await expect(page.locator('#field-title')).toHaveValue('Partner for a mentoring project');
  await expect(page.locator('#field-integrationAreas input').first()).toBeChecked();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  for (const kept of ['title', 'summary', 'integrationAreas'])
    await expect(page.getByTestId('error-summary').locator(`a[href="#field-${kept}"]`)).toHaveCount(0);
});

test('a failed request keeps everything typed and says so', async ({ page }) => {
  await page.route('**/api/submissions/**', (route) => route.abort('connectionrefused'));
  await openForm(page, '/en/partner-search/new/');
  await page.locator('#field-title').fill('Partner for a mentoring project');
  await page.locator('#field-summary').fill('We look for a municipality to co-run mentoring.');
  await page
    .locator('#field-projectIdea')
    .fill('Volunteer mentors meet newly arrived families every week for six months, with a final evaluation.');
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
  await page.getByRole('link', { name: 'Bridges Integration Centre' }).click();
  const form = page.getByTestId('contact');
  await form.scrollIntoViewIfNeeded();
  await page.locator('[data-testid="contact"] astro-island:not([ssr]) form').waitFor();
  await form.getByLabel(/^Your name/).fill('Ona Petraitytė');
  await form.getByLabel(/^Your email/).fill('ona@example.lt');
  await form.getByLabel(/^Message/).fill('We would like to cooperate on a mentoring project next year.');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^MSG-/);
  expect(await page.content()).not.toContain('mailto:');
  expect(await page.content()).not.toContain('labas@tiltai');
});

test('an organisation without a contact address offers no contact form', async ({ page }) => {
  await page.goto('/en/organisations/');
  await page.getByRole('link', { name: 'New Neighbours online media' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New Neighbours online media');
  await expect(page.getByTestId('contact')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a practice with a funding source and an attachment is sent as a plain form, and its mistakes named on a page', async ({
    page,
  }) => {
    test.skip(!process.env.E2E_CMS_TOKEN, 'reusing a build (E2E_SITE_DIR): no CMS to read back from');
    const title = `Language café without JavaScript ${Date.now()}`;
    await page.goto('/en/submit-practice/');
    // A mistake first: the CMS's page names it at its field, with the way back.
    await page.locator('#field-title').fill('ab');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please correct these fields');
    await expect(page.getByRole('link', { name: /^Title: Enter at least 5 characters/ })).toHaveAttribute(
      'href',
      /\/en\/submit-practice\/#field-title$/,
    );
    await page.goBack();
    await fillPractice(page, title);
    await page.locator('#field-fundingSources-0-funder').fill('Panevėžys city municipality');
    await page.locator('#field-fundingSources-0-amountEur').fill('12000');
    await page
      .locator('#field-files')
      .setInputFiles([
        { name: 'evaluation.pdf', mimeType: 'application/pdf', buffer: demoPdf('Evaluation', ['Results.']) },
      ]);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveURL(/\/en\/notices\/practice-received\/\?reference=GP-\d{4}-[A-Z0-9]{6}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you! We received your good practice');
    const [draft, ...others] = await storedDrafts(title);
    expect(others).toHaveLength(0);
    expect(draft!.fundingSources.map((f) => [f.funder, f.amountEur])).toEqual([['Panevėžys city municipality', 12000]]);
    expect(draft!.attachments?.map((a) => a.name)).toEqual(['evaluation.pdf']);
  });

  test('a message reaches an organisation through its page as a plain form (lt)', async ({ page }) => {
    await page.goto('/lt/organizacijos/');
    await page.getByRole('link', { name: 'Integracijos centras „Tiltai“' }).click();
    const form = page.getByTestId('contact');
    await form.getByLabel(/^Jūsų vardas/).fill('Ona Petraitytė');
    await form.getByLabel(/^Jūsų el. paštas/).fill('ona@example.lt');
    await form.getByLabel(/^Žinutė/).fill('Norėtume bendradarbiauti vykdant mentorystės projektą kitais metais.');
    await form.getByRole('button', { name: 'Siųsti' }).click();
    await expect(page).toHaveURL(/\/lt\/pranesimai\/zinute-issiusta\/\?reference=MSG-/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Žinutė išsiųsta');
  });
});
