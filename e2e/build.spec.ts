import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const outDir = process.env.E2E_SITE_OUT_DIR!;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );

test('the read-only CMS token and the CMS API address appear nowhere in the built site', () => {
  test.skip(!process.env.E2E_CMS_TOKEN, 'reusing a build (E2E_SITE_DIR): the token is unknown');
  const token = process.env.E2E_CMS_TOKEN!;
  const all = files(outDir);
  expect(all.length).toBeGreaterThan(100);
  for (const file of all.filter((f) => !f.includes(`${path.sep}pagefind${path.sep}`))) {
    const text = readFileSync(file, 'latin1');
    expect(text.includes(token), file).toBe(false);
    expect(text.includes(`${process.env.E2E_CMS_URL}/graphql`), file).toBe(false);
  }
});

test('seminar materials and research files link to downloadable files in the CMS', async ({ page, request }) => {
  test.skip(!process.env.E2E_CMS_URL, 'reusing a build (E2E_SITE_DIR): no CMS to download from');
  await page.goto('/lt/renginiai/integracijos-forumas-rudens-sesija/');
  const materials = page
    .locator('section.block-files')
    .filter({ has: page.getByRole('heading', { name: 'Medžiaga' }) });
  const links = materials.locator('a[download]');
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveText('Forumo pranešimų skaidrės.pdf');
  const href = (await links.first().getAttribute('href'))!;
  expect(href.startsWith(`${process.env.E2E_CMS_URL}/uploads/`)).toBe(true);
  const file = await request.get(href);
  expect(file.ok()).toBe(true);
  expect(file.headers()['content-type']).toContain('application/pdf');
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.goto('/en/research/');
  await page
    .getByRole('link', { name: /Public attitudes/i })
    .first()
    .click();
  await expect(page.locator('section.block-files a[download]')).toHaveCount(1);
});

test('a news item shows its cover from the CMS, in the sizes the CMS made, described in the page language', async ({
  page,
}) => {
  test.skip(!process.env.E2E_CMS_URL, 'reusing a build (E2E_SITE_DIR): no CMS to load the picture from');
  const covers = [
    {
      listing: '/lt/naujienos/',
      title: 'Paskelbta integracijos veiksmų plano pažangos ataskaita',
      alt: 'Abstrakti iliustracija: geltonas apskritimas mėlyname fone',
    },
    {
      listing: '/en/news/',
      title: 'Progress report on the integration action plan published',
      alt: 'Abstract illustration: a yellow circle on a blue background',
    },
  ];
  for (const { listing, title, alt } of covers) {
    await page.goto(listing);
    await page.getByRole('link', { name: title }).click();
    const cover = page.getByRole('img', { name: alt });
    await expect(cover).toBeVisible();
    expect((await cover.getAttribute('src'))!.startsWith(`${process.env.E2E_CMS_URL}/uploads/`)).toBe(true);
    expect(await cover.getAttribute('srcset')).toMatch(/ 500w, .+ 1000w, .+ 1600w$/);
    // Loaded: the browser chose a size and the CMS served it.
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
});

test('no built page or feed holds a NUL byte (React 18 streaming left one where a 2 KB buffer met a Lithuanian letter)', () => {
  const text = files(outDir).filter((f) => /\.(html|xml|ics|json|csv)$/.test(f));
  expect(text.length).toBeGreaterThan(1000);
  expect(text.filter((file) => readFileSync(file).includes(0))).toEqual([]);
});
