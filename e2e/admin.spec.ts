import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { toSlug } from '@mip/shared-types';
import { CmsAdmin } from '@mip/testing/cms-admin';
import { linkInMail, mailTo } from './page-checks.ts';

// The CMS admin as an editor sees it, in the real admin panel in Chromium: the demo editor signs
// in, works in the Content Manager and the Media Library, in Lithuanian, and finds nothing that
// configures the platform, nor the developers' guided tour.
const admin = () => `${process.env.E2E_CMS_URL}/admin`;
// The admin is a large single-page app: on a busy machine a screen can take several seconds to
// appear after a navigation, so waits here are longer than the suite's default.
const expect = baseExpect.configure({ timeout: 20_000 });
// One admin API session for the whole file: sign-ins per address are rate-limited (ADMIN_LOGIN_RATE_LIMIT).
let apiSession: Promise<CmsAdmin> | undefined;
const adminApi = () =>
  (apiSession ??= CmsAdmin.login(
    process.env.E2E_CMS_URL!,
    process.env.E2E_ADMIN_EMAIL!,
    process.env.E2E_ADMIN_PASSWORD!,
  ));

async function signIn(page: Page, email: string, password: string) {
  await page.goto(admin());
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Hello|Sveiki)/ })).toBeVisible();
}

test.describe('the admin for an editor', () => {
  test.skip(!process.env.E2E_CMS_URL, 'reusing a build (E2E_SITE_DIR): no CMS');
  test.use({ viewport: { width: 1280, height: 900 } });
  test.describe.configure({ timeout: 180_000 });

  test('the editor signs in to content and media only, without the media library’s announcement, and is refused the settings', async ({
    page,
  }) => {
    // The demo editor's admin is in Lithuanian (her profile's language), Strapi's own menus too.
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await expect(page.getByRole('heading', { level: 1, name: 'Sveiki, Rūta' })).toBeVisible();
    const nav = page.getByRole('navigation').first();
    await expect(nav.getByRole('link', { name: 'Turinys' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Medijos biblioteka' })).toBeVisible();
    for (const name of ['Content-Type Builder', 'Marketplace'])
      await expect(nav.getByRole('link', { name })).toHaveCount(0);
    await expect(page.getByText('Introducing the new Media Library')).toHaveCount(0);

    // The Media Library's file input has a name in her language (Strapi leaves it unlabelled: the
    // browser's English "Choose File").
    await nav.getByRole('link', { name: 'Medijos biblioteka' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Pradžia/ })).toBeVisible();
    await expect(page.getByLabel('Įkelti failus', { exact: true })).toHaveAttribute('type', 'file');
    await expect(page.getByRole('button', { name: 'Choose File' })).toHaveCount(0);

    // The content editors work with is there, named in her language, Lithuanian entries first;
    // Strapi's "User" type is not.
    await nav.getByRole('link', { name: 'Turinys' }).click();
    await expect(page.getByRole('link', { name: 'Naujiena', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /^(User|Naudotojas)$/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Naujiena', exact: true }).click();
    await expect(page.getByRole('row')).not.toHaveCount(0);
    await expect(page.getByText('Kurti naują įrašą').first()).toBeVisible();
    await expect(
      page.getByRole('gridcell').filter({ hasText: 'Paskelbta integracijos veiksmų plano pažangos ataskaita' }).first(),
    ).toBeVisible();

    // Of the settings, only Strapi's read-only overview (its version and plan) is there.
    await nav.getByRole('link', { name: 'Nustatymai' }).click();
    const settingsNav = page.getByRole('navigation', { name: 'Nustatymai' });
    await expect(settingsNav.getByRole('link', { name: /^(Overview|Apžvalga)$/ })).toBeVisible();
    await expect(settingsNav.getByRole('link')).toHaveCount(1);

    // Typing a settings address does not open it.
    for (const settings of ['settings/api-tokens', 'settings/webhooks', 'settings/roles']) {
      await page.goto(`${admin()}/${settings}`);
      await expect(page.getByText(/Neturite teisės/i).first()).toBeVisible();
      await expect(
        page.getByRole('button', { name: /Create new API Token|Create new webhook|Add new role/i }),
      ).toHaveCount(0);
    }
  });

  test('nobody is taken through the developers’ guided tour (create a schema, copy an API token, deploy)', async ({
    page,
  }) => {
    await signIn(page, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    await page.waitForLoadState('networkidle');
    await expect(
      page.getByText(
        /Discover your application|guided tour|Create your schema|Copy an API token|Deploy your application/i,
      ),
    ).toHaveCount(0);
  });

  test('a Lithuanian editor: fields named and explained, the slug follows the title, an English version starts with the links, unpublishing the original takes both down', async ({
    page,
  }) => {
    const cmsUrl = process.env.E2E_CMS_URL!;
    const api = await adminApi();
    const published = async (documentId: string, locale: string) => {
      const query = new URLSearchParams({ locale, 'filters[documentId][$eq]': documentId });
      const response = await fetch(`${cmsUrl}/api/news-items?${query}`, {
        headers: { authorization: `Bearer ${process.env.E2E_CMS_TOKEN}` },
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: unknown[] }).data.length;
    };
    const newsItem = (documentId: string, locale: string) =>
      `${admin()}/content-manager/collection-types/api::news-item.news-item/${documentId}?plugins[i18n][locale]=${locale}`;

    // The demo editor's admin opens in Lithuanian (her profile's language).
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.goto(newsItem('create', 'lt'));
    const title = page.getByLabel(/^Pavadinimas/);
    const slug = page.getByLabel(/^Interneto adresas/);
    await expect(title).toBeVisible();
    await expect(page.getByText('Antraštė, kurią skaitytojai mato sąrašuose')).toBeVisible();
    await expect(page.getByText('Naujienos data (ne paskelbimo čia)')).toBeVisible();
    await page.getByRole('combobox', { name: /^Lygmuo/ }).click();
    await expect(page.getByRole('option', { name: 'Nacionalinis' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'national', exact: true })).toHaveCount(0);
    await page.keyboard.press('Escape');
    // Dates in Lithuanian: months by name, weeks from Monday, and an ISO date typed stays as typed.
    const date = page.getByRole('combobox', { name: /^Data/ });
    await date.click();
    await expect(page.getByText('gruodis').or(page.getByText('sausis')).first()).toBeVisible();
    await expect(page.getByRole('grid').getByRole('gridcell').first()).toHaveAccessibleName(/ d\., pirmadienis$/);
    await page.keyboard.press('Escape');
    await date.fill('2026-12-02');
    await page.keyboard.press('Tab');
    await expect(date).toHaveValue('2026-12-02');

    // The slug follows the title by the site's rule, until the editor writes one.
    await title.click();
    await page.keyboard.type('Ąžuolų gatvės bendruomenės šventė', { delay: 20 });
    await expect(slug).toHaveValue('azuolu-gatves-bendruomenes-svente');
    await page.keyboard.type(' Vilniuje', { delay: 20 });
    await expect(slug).toHaveValue(toSlug('Ąžuolų gatvės bendruomenės šventė Vilniuje'));
    await slug.fill('musu-svente');
    await title.click();
    await page.keyboard.type(' 2027', { delay: 20 });
    await page.waitForTimeout(1000);
    await expect(slug).toHaveValue('musu-svente');

    // An entry written in Lithuanian with its links; its English version is made in the admin.
    const [organisation] = await api.find('organisation', 'lt');
    const [municipality] = await api.find('municipality', 'lt');
    const lithuanian = await api.create('news-item', 'lt', {
      title: 'Kaimynystės šventė',
      body: 'Tekstas.',
      date: '2026-12-02',
      level: 'local',
      kind: 'event',
      sourceOrganisation: { connect: [{ documentId: organisation!.documentId, locale: 'lt' }] },
      municipalities: { connect: [{ documentId: municipality!.documentId, locale: 'lt' }] },
    });
    const englishOrganisation = await api.findOne('organisation', organisation!.documentId, 'en');
    await page.goto(newsItem(lithuanian.documentId, 'en'));
    await expect(title).toBeVisible();
    await expect(page.getByText('išsaugojus ši versija gaus kitos kalbos nuorodas')).toBeVisible();
    await title.fill('Neighbourhood festival');
    await expect(slug).toHaveValue('neighbourhood-festival');
    await page.locator('.CodeMirror').first().click();
    await page.keyboard.type('Text.');
    await page.getByRole('button', { name: /^(Save|Išsaugoti)$/ }).click();
    await expect(page.getByText(String(englishOrganisation.name)).first()).toBeVisible();
    await expect(page.getByText('čia padarytas pakeitimas atsiras ir kita kalba')).toBeVisible();

    // Published in both languages; unpublishing the Lithuanian original takes the English one down.
    await page.getByRole('button', { name: /^(Publish|Paskelbti)$/ }).click();
    await expect.poll(() => published(lithuanian.documentId, 'en')).toBe(1);
    await page.goto(newsItem(lithuanian.documentId, 'lt'));
    await expect(page.getByText('Tai originalas.')).toBeVisible();
    await page.getByRole('button', { name: /^(Publish|Paskelbti)$/ }).click();
    await expect.poll(() => published(lithuanian.documentId, 'lt')).toBe(1);
    // "On the site" gives the page's address in both languages, and what is known of the live
    // site (no rebuild service runs beside this CMS; cms/test/entry-status.test.ts and
    // scripts/test/start.test.ts cover its states).
    const site = test.info().project.use.baseURL;
    const panel = page.getByTestId('site-panel');
    await expect(
      panel
        .getByText('Svetainėje')
        .or(page.getByRole('heading', { name: 'Svetainėje' }))
        .first(),
    ).toBeVisible();
    await expect(panel.getByRole('link', { name: /\/lt\/naujienos\/kaimynystes-svente\// })).toHaveAttribute(
      'href',
      `${site}/lt/naujienos/kaimynystes-svente/`,
    );
    await expect(panel.getByRole('link', { name: /\/en\/news\/neighbourhood-festival\// })).toHaveAttribute(
      'href',
      `${site}/en/news/neighbourhood-festival/`,
    );
    await expect(panel.getByTestId('site-live-state')).toHaveText(/atnaujinimo paslauga neatsako/);
    // No link to Strapi's developer documentation for setting previews up (config/admin.ts).
    await expect(page.getByRole('link', { name: /Nustatyti peržiūrą|Set up preview/ })).toHaveCount(0);
    await page.getByRole('button', { name: /^(More document actions|Daugiau dokumento veiksmų)$/ }).click();
    await page.getByRole('menuitem', { name: /^(Unpublish|Atšaukti paskelbimą)$/ }).click();
    await expect.poll(() => published(lithuanian.documentId, 'lt')).toBe(0);
    expect(await published(lithuanian.documentId, 'en')).toBe(0);
  });

  test('a linked entry still in draft is named, in the panel and in the publish warning', async ({ page }) => {
    const api = await adminApi();
    const organisation = await api.create('organisation', 'lt', { name: 'Naujų kaimynų draugija', type: 'ngo' });
    const news = await api.create('news-item', 'lt', {
      title: 'Draugija kviečia į susitikimą',
      body: 'Tekstas.',
      date: '2026-12-02',
      level: 'local',
      kind: 'event',
      sourceOrganisation: { connect: [{ documentId: organisation.documentId, locale: 'lt' }] },
    });
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.goto(
      `${admin()}/content-manager/collection-types/api::news-item.news-item/${news.documentId}?plugins[i18n][locale]=lt`,
    );
    const drafts = page.getByTestId('site-draft-links');
    await expect(drafts).toContainText('Susieti įrašai, kurie dar juodraščiai');
    await expect(drafts.getByRole('link', { name: 'Naujų kaimynų draugija' })).toHaveAttribute(
      'href',
      new RegExp(`/content-manager/collection-types/api::organisation\\.organisation/${organisation.documentId}$`),
    );
    await expect(drafts).toContainText('(Organizacija, ');
    await expect(
      page
        .getByTestId('site-panel')
        .getByText('nepaskelbta (adresas bus /lt/naujienos/draugija-kviecia-i-susitikima/)'),
    ).toBeVisible();
    // Strapi's own warning before publishing counts them, and now says where they are named.
    await page.getByRole('button', { name: /^(Publish|Paskelbti)$/ }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect(dialog).toContainText('skiltyje „Svetainėje“');
    await dialog.getByRole('button', { name: /^(Cancel|Atšaukti)$/ }).click();
    const onSite = await fetch(
      `${process.env.E2E_CMS_URL}/api/news-items?filters[documentId][$eq]=${news.documentId}`,
      { headers: { authorization: `Bearer ${process.env.E2E_CMS_TOKEN}` } },
    );
    expect(((await onSite.json()) as { data: unknown[] }).data).toHaveLength(0); // nothing was published
  });

  test('an editor finds a Lithuanian submission from the home page’s review widget, sees its typed organisation is not linked, and accepts it', async ({
    page,
  }) => {
    const cmsUrl = process.env.E2E_CMS_URL!;
    const api = await adminApi();
    const [area] = await api.find('integration-area', 'lt');
    const title = `Kaimynų pusryčiai ${Date.now()}`;
    const submitted = await fetch(`${cmsUrl}/api/submissions/good-practice`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        locale: 'lt',
        title,
        summary: 'Kartą per mėnesį kaimynai ir atvykusieji pusryčiauja kartu.',
        context: 'Atvykusieji nepažįsta kaimynų.',
        goals: 'Supažindinti kaimynus.',
        howItWorks: 'Bendruomenės namuose kas mėnesį ruošiami pusryčiai.',
        results: 'Per metus dalyvavo 120 žmonių.',
        startDate: '2025-03-01',
        organisationName: 'Šnipiškių kaimynų klubas',
        integrationAreas: [area!.documentId],
        submitterName: 'Ona',
        submitterEmail: 'ona@example.org',
      }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);

    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    const widget = page.getByRole('region', { name: 'Laukia peržiūros' });
    const row = widget
      .getByRole('row')
      .filter({ hasText: 'Geroji praktika' })
      .filter({ hasText: 'Pateikta, laukia peržiūros' });
    await row.getByRole('link', { name: /lietuviškai/ }).click();
    await expect(page).toHaveURL(/moderationStatus/);
    await page.getByRole('gridcell', { name: title }).click();

    await expect(
      page.getByText('Pateikėjas nurodė organizaciją „Šnipiškių kaimynų klubas“, kuri nesusieta'),
    ).toBeVisible();
    await page.getByRole('combobox', { name: /^Moderavimo būsena/ }).click();
    await page.getByRole('option', { name: 'Priimta' }).click();
    await page.getByRole('button', { name: /^(Save|Išsaugoti)$/ }).click();
    await expect(page.getByText('Dokumentas išsaugotas')).toBeVisible();
    const documentId = new URL(page.url()).pathname.split('/').pop()!;
    expect((await api.findOne('good-practice', documentId, 'lt')).moderationStatus).toBe('accepted');
  });
  // "Open preview": the draft's page as the site will show it, from the preview service, in the
  // admin's preview pane; and in a tab of its own beside the edit view, which each save reloads.
  async function previewShows(frame: Page | ReturnType<Page['frameLocator']>, title: string, banner: string) {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(frame.getByTestId('preview-banner')).toContainText(banner);
  }
  const pane = (page: Page) => page.frameLocator('[data-testid="preview-iframe"]');

  async function saveTitle(page: Page, title: string, options: { slugFollows?: boolean } = {}) {
    await page
      .getByLabel(/^(Pavadinimas|Title)/)
      .first()
      .fill(title);
    // A draft never published: its slug follows the title (asked of the CMS as she types). Saved
    // before it has, the form would change again after the save, and the preview stay disabled.
    if (options.slugFollows) await expect(page.getByLabel(/\(slug\)/).first()).toHaveValue(toSlug(title));
    await page.getByRole('button', { name: /^(Save|Išsaugoti)$/ }).click();
  }

  test('a Lithuanian editor previews a draft news item in a tab beside the edit view, which her save reloads, and in the preview pane', async ({
    page,
    context,
  }) => {
    const api = await adminApi();
    const title = `Juodraštis: savanorių mugė ${Date.now()}`;
    const draft = await api.create('news-item', 'lt', {
      title,
      summary: 'Dar nepaskelbta.',
      body: 'Tekstas.',
      date: '2026-12-03',
      level: 'local',
      kind: 'event',
    });
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.goto(
      `${admin()}/content-manager/collection-types/api::news-item.news-item/${draft.documentId}?plugins[i18n][locale]=lt`,
    );
    // The "On the site" panel opens the preview in a tab of its own.
    const link = page.getByTestId('preview-new-tab');
    await expect(link).toHaveText('Peržiūrėti juodraštį naujame skirtuke');
    await expect(link).toHaveAttribute('href', new RegExp(`^${process.env.E2E_PREVIEW_URL}/preview/\\?`));
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await previewShows(tab, title, 'Peržiūra, nepaskelbta');
    // She edits and saves beside it: the tab shows the saved draft.
    await saveTitle(page, `${title} (pataisyta)`, { slugFollows: true });
    await previewShows(tab, `${title} (pataisyta)`, 'Peržiūra, nepaskelbta');
    await tab.close();

    await page.getByRole('link', { name: 'Atverti peržiūrą' }).click();
    await expect(page).toHaveURL(/\/preview\?/);
    await previewShows(pane(page), `${title} (pataisyta)`, 'Peržiūra, nepaskelbta');
  });

  test('an editor whose admin is in English previews English drafts of a good practice and a seminar, and sees her saved edits there', async ({
    page,
  }) => {
    const api = await adminApi();
    // The administrator has no language in her profile: her admin, and so the banner, follow her
    // browser's (English). Published English versions get a changed draft: the preview shows it.
    await signIn(page, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    for (const type of ['good-practice', 'seminar']) {
      const [entry] = (await api.find(type, 'en')).filter((e) => e.status === 'published');
      const original = String(entry!.title);
      const draftTitle = `${original} (draft ${Date.now()})`;
      await api.update(type, entry!.documentId, 'en', { title: draftTitle });
      const editView = `${admin()}/content-manager/collection-types/api::${type}.${type}/${entry!.documentId}?plugins[i18n][locale]=en`;
      try {
        await page.goto(editView);
        await page.getByRole('link', { name: 'Open preview' }).click();
        await expect(page).toHaveURL(/\/preview\?/);
        await previewShows(pane(page), draftTitle, 'Preview, not published');
        await page.getByRole('link', { name: /^Close preview$/ }).click();
        await saveTitle(page, `${draftTitle} edited`);
        await expect(page.getByRole('link', { name: 'Open preview' })).toBeEnabled();
        await page.getByRole('link', { name: 'Open preview' }).click();
        await previewShows(pane(page), `${draftTitle} edited`, 'Preview, not published');
      } finally {
        await api.update(type, entry!.documentId, 'en', { title: original });
      }
    }
    // The site the tests serve was built before any of this: no file of it holds a draft.
    const built = readdirSync(process.env.E2E_SITE_OUT_DIR!, { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile() && file.name.endsWith('.html'))
      .map((file) => path.join(file.parentPath, file.name));
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((file) => readFileSync(file, 'utf8').includes('(draft '))).toEqual([]);
  });
});

test.describe('email alerts in the admin', () => {
  test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS');
  test.use({ viewport: { width: 1280, height: 900 } });
  test.describe.configure({ timeout: 180_000 });

  test('an editor sees how many confirmed subscribers a followed list has, and removes a subscriber on request', async ({
    page,
  }) => {
    // A reader follows the news and confirms, as the site's form and the mail's link do it.
    const email = `prasymas.${Date.now()}@example.lt`;
    const subscribed = await fetch(`${process.env.E2E_CMS_URL}/api/alerts/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'lt', topic: 'list:news', email, frequency: 'weekly' }),
    });
    expect(subscribed.status).toBe(202);
    const [confirmation] = await mailTo(email);
    expect((await fetch(linkInMail(confirmation!, 'alerts/confirm'), { method: 'POST' })).status).toBe(200);

    // The demo editor, whose admin is in Lithuanian and whose role (Editor) holds the permission.
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.getByRole('navigation').first().getByRole('link', { name: 'El. pašto pranešimai' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'El. pašto pranešimai' })).toBeVisible();
    const news = page.getByTestId('alerts-topics').getByRole('row').filter({ hasText: 'Naujienos' }).first();
    await expect(news).toContainText('lietuviškai');
    expect(Number((await news.getByRole('gridcell').nth(2).textContent())!.trim())).toBeGreaterThanOrEqual(1);

    await page.getByLabel('El. pašto adresas').fill(email);
    await page.getByRole('button', { name: 'Rasti' }).click();
    const found = page.getByTestId('alerts-subscriber');
    await expect(found).toContainText('Naujienos');
    await expect(found).toContainText('Kas savaitę (santrauka)');
    await found.getByRole('button', { name: 'Ištrinti visus jo duomenis' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Patvirtinti' }).click();
    await expect(found).toContainText('Šiuo adresu prenumeratų nėra.');
  });
});

test.describe('the responses’ queue', () => {
  test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS');
  test.use({ viewport: { width: 1280, height: 900 } });
  test.describe.configure({ timeout: 180_000 });

  test('an editor finds a confirmed response in the queue, newest first, and publishes it; an unconfirmed one cannot be', async ({
    page,
  }) => {
    const api = await adminApi();
    const [priority] = (await api.find('policy-priority', 'lt')).filter((p) => p.status !== 'draft');
    const send = async (email: string, displayName: string) => {
      const sent = await fetch(`${process.env.E2E_CMS_URL}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          locale: 'lt',
          target: 'policyPriorities',
          documentId: priority!.documentId,
          stance: 'question',
          body: 'Ar bus kursų vakarais regionuose?',
          displayName,
          email,
          consent: true,
        }),
      });
      expect(sent.status).toBe(202);
    };
    const stamp = Date.now();
    const confirmedName = `Ona ${stamp}`;
    const unconfirmedName = `Petras ${stamp}`;
    await send(`queue-confirmed.${stamp}@example.lt`, confirmedName);
    await send(`queue-unconfirmed.${stamp}@example.lt`, unconfirmedName);
    const [confirmation] = await mailTo(`queue-confirmed.${stamp}@example.lt`);
    const confirmLink = linkInMail(confirmation!, 'responses/confirm');
    expect((await fetch(confirmLink, { method: 'POST' })).status).toBe(200);

    // The demo editor (admin in Lithuanian): the queue names who wrote, the stance, the status and
    // what is answered; the newest first.
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.getByRole('navigation').first().getByRole('link', { name: 'Turinys' }).click();
    await page.getByRole('link', { name: 'Atsakymas', exact: true }).click();
    const rows = page.getByRole('row');
    for (const column of ['Rodomas vardas', 'Požiūris', 'Moderavimo būsena', 'Kam atsakoma', 'Skaitytojų pranešimai'])
      await expect(rows.first()).toContainText(column);
    await expect(rows.nth(1)).toContainText(unconfirmedName);
    await expect(rows.nth(1)).toContainText('Nepatvirtinta autoriaus');
    await expect(rows.nth(2)).toContainText(confirmedName);
    await expect(rows.nth(2)).toContainText('Laukia peržiūros');

    // An unconfirmed response is refused, with the reason.
    await rows.nth(1).getByText(unconfirmedName, { exact: true }).click();
    await page.getByRole('button', { name: /^(Publish|Paskelbti)$/ }).click();
    await expect(page.getByText(/autorius jo dar nepatvirtino/).first()).toBeVisible();

    // The confirmed one is published.
    await page.goBack();
    await page.getByRole('row').filter({ hasText: confirmedName }).getByText(confirmedName, { exact: true }).click();
    await page.getByRole('button', { name: /^(Publish|Paskelbti)$/ }).click();
    await expect
      .poll(async () => (await api.find('response', 'lt', { 'filters[displayName][$eq]': confirmedName }))[0]?.status)
      .toBe('published');
    const [unconfirmed] = await api.find('response', 'lt', { 'filters[displayName][$eq]': unconfirmedName });
    expect(unconfirmed!.status).toBe('draft');
  });
});

test.describe('seminar registrations for their organisers', () => {
  test.skip(!process.env.E2E_MAIL_DIR, 'reusing a build (E2E_SITE_DIR): no CMS');
  test.use({ viewport: { width: 1440, height: 900 } });
  test.describe.configure({ timeout: 180_000 });

  test('an editor sees who registered for the spring forum, marks who came, exports the list as CSV and fills the participants count', async ({
    page,
  }) => {
    const api = await adminApi();
    const [forum] = await api.find('seminar', 'lt', { 'filters[slug][$eq]': 'integracijos-forumas-pavasario-sesija' });
    const stamp = Date.now();
    const name = `Ona Registruota ${stamp}`;
    const email = `organizatoriams.${stamp}@example.lt`;
    const sent = await fetch(`${process.env.E2E_CMS_URL}/api/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        locale: 'lt',
        seminar: forum!.documentId,
        name,
        email,
        organisationName: 'Kauno bendruomenė',
        needs: 'Vertimas į anglų kalbą',
      }),
    });
    expect(sent.status).toBe(202);
    const [confirmation] = await mailTo(email);
    expect((await fetch(linkInMail(confirmation!, 'registrations/confirm'), { method: 'POST' })).status).toBe(200);

    // The demo editor, whose admin is in Lithuanian and whose role (Editor) holds the permission.
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    await page.getByRole('navigation').first().getByRole('link', { name: 'Registracijos į renginius' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registracijos į renginius' })).toBeVisible();
    const seminars = page.getByTestId('registration-seminars');
    await expect(seminars.getByRole('row').first()).toContainText('Užimta vietų');
    const forumRow = seminars.getByRole('row').filter({ hasText: 'Integracijos forumas: pavasario sesija' });
    await expect(forumRow).toContainText(/\d+ iš 60/);
    await forumRow.getByRole('button', { name: 'Integracijos forumas: pavasario sesija' }).click();

    const opened = page.getByTestId('registration-seminar');
    await expect(opened.getByRole('heading', { level: 2 })).toHaveText('Integracijos forumas: pavasario sesija');
    const person = opened.getByTestId('registration-places').getByRole('row').filter({ hasText: name });
    await expect(person).toContainText(email);
    await expect(person).toContainText('Kauno bendruomenė');
    await expect(person).toContainText('Vertimas į anglų kalbą');

    // She came: the mark stays when the seminar is opened again.
    const came = person.getByRole('checkbox', { name: `${name} dalyvavo` });
    await expect(came).not.toBeChecked();
    await came.click();
    await expect(came).toBeChecked();
    await forumRow.getByRole('button', { name: 'Integracijos forumas: pavasario sesija' }).click();
    await expect(opened.getByRole('checkbox', { name: `${name} dalyvavo` })).toBeChecked();

    // The list as a spreadsheet file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      opened.getByRole('button', { name: 'Atsisiųsti CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^registracijos-\\d{4}-\\d{2}-\\d{2}-${forum!.documentId}\\.csv$`),
    );
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFBūsena,Vieta sąraše,Vardas ir pavardė,El. paštas,')).toBe(true);
    expect(csv).toContain(`Vieta,,${name},${email},Kauno bendruomenė,`);

    // The seminar's participants count from the attendance, for the editor to publish.
    const fill = opened.getByRole('button', { name: /^Įrašyti dalyvių skaičių pagal lankomumą \((\d+)\)$/ });
    const attended = Number((await fill.textContent())!.match(/\((\d+)\)/)![1]);
    expect(attended).toBeGreaterThanOrEqual(1);
    await fill.click();
    await expect(page.getByText(`Renginio dalyvių skaičius dabar ${attended}.`)).toBeVisible();
    expect((await api.findOne('seminar', forum!.documentId, 'lt')).participantsCount).toBe(attended);
  });
});
