import { expect, test, type Page } from '@playwright/test';

// The CMS admin as an editor sees it, in the real admin panel in Chromium: the demo editor signs
// in, works in the Content Manager and the Media Library, and finds nothing that configures the
// platform, nor the developers' guided tour.
const admin = () => `${process.env.E2E_CMS_URL}/admin`;

async function signIn(page: Page, email: string, password: string) {
  await page.goto(admin());
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello/ })).toBeVisible();
}

test.describe('the admin for an editor', () => {
  test.skip(!process.env.E2E_CMS_URL, 'reusing a build (E2E_SITE_DIR): no CMS');
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the editor signs in to content and media only, without the media library’s announcement, and is refused the settings', async ({ page }) => {
    await signIn(page, process.env.E2E_EDITOR_EMAIL!, process.env.E2E_EDITOR_PASSWORD!);
    const nav = page.getByRole('navigation').first();
    await expect(nav.getByRole('link', { name: 'Content Manager' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Media Library' })).toBeVisible();
    for (const name of ['Content-Type Builder', 'Marketplace']) await expect(nav.getByRole('link', { name })).toHaveCount(0);
    await expect(page.getByText('Introducing the new Media Library')).toHaveCount(0);

    // The content editors work with is there, in Lithuanian first; Strapi's "User" type is not.
    await nav.getByRole('link', { name: 'Content Manager' }).click();
    await expect(page.getByRole('link', { name: 'News item' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^User$/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'News item' }).click();
    await expect(page.getByRole('row')).not.toHaveCount(0);
    await expect(page.getByRole('gridcell').filter({ hasText: 'Paskelbta integracijos veiksmų plano pažangos ataskaita' }).first()).toBeVisible();

    // Of the settings, only Strapi's read-only overview (its version and plan) is there.
    await nav.getByRole('link', { name: 'Settings' }).click();
    const settingsNav = page.getByRole('navigation', { name: 'Settings' });
    await expect(settingsNav.getByRole('link', { name: 'Overview' })).toBeVisible();
    await expect(settingsNav.getByRole('link')).toHaveCount(1);

    // Typing a settings address does not open it.
    for (const settings of ['settings/api-tokens', 'settings/webhooks', 'settings/roles']) {
      await page.goto(`${admin()}/${settings}`);
      await expect(page.getByText(/don't have the permissions|no permission/i).first()).toBeVisible();
      await expect(page.getByRole('button', { name: /Create new API Token|Create new webhook|Add new role/i })).toHaveCount(0);
    }
  });

  test('nobody is taken through the developers’ guided tour (create a schema, copy an API token, deploy)', async ({ page }) => {
    await signIn(page, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(/Discover your application|guided tour|Create your schema|Copy an API token|Deploy your application/i)).toHaveCount(0);
  });
});
