import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SITE_NAME, type Locale } from '@mip/shared-types';
import { siteUrl } from './site';

// The few pages the CMS itself answers the public with (an error in a form posted without
// JavaScript, an alert confirmation, a subscriber's own subscriptions), in the site's look: the
// site's own stylesheet (published at /styles/site.css by every build) and its header and footer
// classes. Rendered by React, so every value is escaped; nothing on them comes from another origin
// but the site's stylesheet and icon, and no script runs.

const TEXTS = {
  lt: { skip: 'Pereiti prie turinio', home: 'Į svetainės pradžią' },
  en: { skip: 'Skip to content', home: 'To the site’s home page' },
} satisfies Record<Locale, Record<string, string>>;

interface PageProps {
  locale: Locale;
  title: string;
  children: ReactNode;
}

function Page({ locale, title, children }: PageProps) {
  const site = siteUrl();
  const t = TEXTS[locale];
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} | ${SITE_NAME[locale].short}`}</title>
        <link rel="icon" href={`${site}/favicon.svg`} type="image/svg+xml" />
        <link rel="stylesheet" href={`${site}/styles/site.css`} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skip}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="site-name" href={`${site}/${locale}/`}>
              {SITE_NAME[locale].full}
            </a>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <a href={`${site}/${locale}/`}>{t.home}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The policy of these pages: the site's stylesheet and icon, forms to the CMS and on to the site, no script. */
function policy(): string {
  const site = new URL(siteUrl()).origin;
  return [
    "default-src 'none'",
    `style-src ${site}`,
    `img-src ${site}`,
    `form-action 'self' ${site}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

interface Answerable {
  status: number;
  body: unknown;
  set(name: string, value: string): void;
  type: string;
}

/** Answers with one of these pages: never cached or indexed (some carry a personal link). */
export function answerWithPage(ctx: Answerable, status: number, props: PageProps) {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Content-Security-Policy', policy());
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = `<!DOCTYPE html>${renderToStaticMarkup(<Page {...props} />)}`;
}
