import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page, type Response } from '@playwright/test';
import { readMailDir, type ReceivedMail } from '@mip/testing/smtp-sink';
import { validator } from './html-checks.ts';

// What the public forms' browser tests share: the mail the platform really sent (an SMTP server on
// loopback writes it to E2E_MAIL_DIR, see global-setup), and the checks every page a reader sees
// gets on the way (axe, html-validate, and the W3C Nu checker over all of them at the end).

/** The mail `address` got, once at least `count` arrived. */
export async function mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  const received = () => readMailDir(process.env.E2E_MAIL_DIR!).filter((m) => m.to.includes(address));
  await expect.poll(() => received().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  return received();
}

/** A link of the CMS's in a mail's text (`route`: e.g. `alerts/confirm`). */
export function linkInMail(mail: ReceivedMail, route: string): string {
  const found = mail.text.match(new RegExp(`https?://[^\\s)\\]]+/api/${route}\\?token=[^\\s)\\]]+`));
  if (!found) throw new Error(`No ${route} link in the mail to ${mail.to}: ${mail.text}`);
  return found[0];
}

/** The pages a reader saw, each checked as she saw it, for one Nu checker run at the end. */
export class PageChecks {
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
    // Folded forms (alerts, responses, reports) are checked open.
    await this.checker.locator('details').evaluateAll((all) => {
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
