import { expect, test } from '@playwright/test';
import { executableScripts, firstOwnEntry, frontPageLength, jsonLd, LOCALES, SECTIONS } from './helpers.ts';

test('/ sends readers to the Lithuanian home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/lt\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
});

for (const locale of LOCALES) {
  test(`home (${locale}) highlights news, closing calls, upcoming seminars, recent practices and every section`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    for (const section of SECTIONS) {
      const entryPoint = page.getByTestId('section-counts').locator(`[data-section="${section.key}"] a`);
      await expect(entryPoint).toHaveAttribute('href', `/${locale}/${section[locale]}/`);
      await expect(entryPoint).toContainText(section[`${locale}Title`]);
    }
    for (const block of ['latestNews', 'closingSoon', 'upcomingSeminars', 'recentPractices']) {
      await expect(page.getByTestId(`home-${block}`).locator('[data-testid="entry-list"] > li').first()).toBeVisible();
    }
    expect(await executableScripts(page)).toBe(0);
  });

  for (const section of SECTIONS) {
    test(`${section.key} (${locale}): listing, detail page and schema.org data`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page
        .getByRole('navigation', { name: locale === 'lt' ? 'Pagrindinė navigacija' : 'Main navigation' })
        .getByRole('link', { name: section[`${locale}Title`], exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/${section[locale]}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section[`${locale}Title`]);

      const cards = page.locator('[data-testid="entry-list"] > li');
      const total = Number(await page.getByTestId('result-count').getAttribute('data-total'));
      expect(total).toBeGreaterThan(0);
      await expect(cards).toHaveCount(frontPageLength(total));
      expect(await executableScripts(page)).toBe(0);

      const entry = await firstOwnEntry(page);
      expect(entry.href).toMatch(new RegExp(`^/${locale}/${section[locale]}/[a-z0-9-]+/$`));
      await page.goto(entry.href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
      await expect(
        page.getByRole('navigation', { name: locale === 'lt' ? 'Naršymo kelias' : 'Breadcrumbs' }),
      ).toContainText(section[`${locale}Title`]);
      const [schema] = await jsonLd(page);
      expect(section.schema).toContain(schema['@type']);
      expect(schema.url).toBe(new URL(entry.href, page.url()).href);
      expect(schema.inLanguage).toBe(locale);
      // Only organisations and partner requests carry a form (the contact form island).
      const hasContactForm = section.key === 'organisations' || section.key === 'partnerSearch';
      await expect(page.getByTestId('contact')).toHaveCount(hasContactForm ? 1 : 0);
      if (!hasContactForm) expect(await executableScripts(page)).toBe(0);
    });
  }
}

test('a seminar shows its agenda, conclusions and follow-up actions with their status', async ({ page }) => {
  await page.goto('/lt/renginiai/integracijos-forumas-rudens-sesija/');
  await expect(page.getByRole('heading', { name: 'Darbotvarkė' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Išvados' })).toBeVisible();
  const followUp = page
    .locator('section.block-table')
    .filter({ has: page.getByRole('heading', { name: 'Tolesni veiksmai' }) });
  await expect(followUp.locator('tbody tr').first()).toBeVisible();
  await expect(followUp.locator('tbody')).toContainText(/Vykdoma|Įvykdyta|Suplanuota|Atsisakyta/);
  // The follow-up links the responsible organisation and the priority it serves.
  await expect(followUp.locator('tbody a[href^="/lt/organizacijos/"]').first()).toBeVisible();
  await expect(followUp.locator('tbody a[href^="/lt/prioritetai/"]').first()).toBeVisible();
});

test('a seminar lists by name those registered on the site who agreed to be listed, and nobody else', async ({
  page,
}) => {
  for (const path of [
    '/lt/renginiai/integracijos-forumas-rudens-sesija/',
    '/en/seminars/integration-forum-autumn-session/',
  ]) {
    await page.goto(path);
    const list = page.getByTestId('participants');
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(/^(Dalyviai|Participants) \(4\)$/);
    await expect(list.getByRole('listitem')).toHaveText([
      'Farid Haidari, Caritas Lithuania',
      'Olena Kovalenko, Ukrainian Community of Kaunas',
      'Rasa Petrauskienė, Vilniaus miesto savivaldybė',
      'Tomas Jankauskas, Lietuvos Raudonojo Kryžiaus draugija',
    ]);
    // Not those who did not agree, nor anyone's address.
    await expect(page.locator('body')).not.toContainText('Aistė Vaitkutė');
    await expect(page.locator('body')).not.toContainText('@example.org');
  }
});

test('related content is linked both ways: a priority lists the calls and seminars that serve it', async ({ page }) => {
  await page.goto('/lt/renginiai/integracijos-forumas-rudens-sesija/');
  const priorityLink = page.getByTestId('facts').locator('a[href^="/lt/prioritetai/"]').first();
  const priorityHref = (await priorityLink.getAttribute('href'))!;
  await page.goto(priorityHref);
  const related = page.getByTestId('related');
  await expect(
    related.locator('[data-section="seminars"] a[href="/lt/renginiai/integracijos-forumas-rudens-sesija/"]'),
  ).toBeVisible();

  // And an organisation page lists what it runs.
  await page.goto('/lt/renginiai/integracijos-forumas-rudens-sesija/');
  const orgHref = (await page
    .getByTestId('facts')
    .locator('a[href^="/lt/organizacijos/"]')
    .first()
    .getAttribute('href'))!;
  await page.goto(orgHref);
  await expect(
    page.getByTestId('related').locator('a[href="/lt/renginiai/integracijos-forumas-rudens-sesija/"]'),
  ).toBeVisible();
});

test('a funding call shows its derived status and its deadline in Lithuanian time', async ({ page }) => {
  await page.goto('/lt/finansavimas/');
  const entry = await firstOwnEntry(page);
  await page.goto(entry.href);
  const facts = page.getByTestId('facts');
  await expect(facts).toContainText(/Būsena\s*(Netrukus prasidės|Atviras|Netrukus baigiasi|Baigėsi)/);
  await expect(facts.locator('dd time').first()).toHaveText(/\d{4} m\. .+ \d{2}:\d{2}.*(EET|EEST|GMT\+[23])/);
});

test('taxonomy pages list everything linked to an area, a target group and a municipality', async ({ page }) => {
  for (const [index, expected] of [
    ['/lt/sritys/', 'Integracijos sritys'],
    ['/en/target-groups/', 'Target groups'],
    ['/lt/savivaldybes/', 'Savivaldybės'],
  ] as const) {
    await page.goto(index);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected);
    const withContent = page.getByTestId('terms').locator('li').filter({ hasNotText: '(0)' }).first().locator('a');
    const name = (await withContent.textContent())!;
    await withContent.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.locator('[data-testid="entry-list"] > li').first()).toBeVisible();
  }
});

test('static pages come from the CMS in both languages', async ({ page }) => {
  await page.goto('/lt/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Pareiškimas dėl prieinamumo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pareiškimas dėl prieinamumo');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Accessibility statement/i);
});
