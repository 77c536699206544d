import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import type { RequestListener, ServerResponse } from 'node:http';
import { CONTENT_TYPES, contentTypeOfUid, hasPages, LOCALES, type Locale } from '@mip/shared-types';
import { checkPreviewLink, PREVIEW_PATH } from '@mip/shared-types/preview-link';
import type { CollectionKey, Content, DraftDocument, SiteTemplates } from '@mip/site/preview';
import { previewView, readSnapshotContent, withDraft } from '@mip/site/preview';
import { inlineCodeOf, previewPolicy } from '../csp.ts';

// The preview service: renders a draft's page on demand for the admin's preview pane. Only a
// link the CMS signed for a signed-in editor is answered (cms/src/preview-url.ts); the draft is
// read with the preview token, put over the content the last build read (its snapshot, read
// only), and rendered through the site's own templates. Nothing is written anywhere: no release,
// no cache, no log line with content.

export interface PreviewServiceOptions {
  secret: string;
  /** The last build's content snapshot (<SITE_RELEASES_DIR>/cache/content.json). */
  snapshotFile: string;
  /** The site's public address: canonical links, and where other paths are sent. */
  siteUrl: string;
  /** The admin's origins: the only pages that may frame a preview and reload it. */
  adminOrigins: string[];
  /** Origins of uploaded files (the CMS's public address). */
  mediaOrigins: string[];
  templates: Pick<SiteTemplates, 'renderPage'>;
  /** The draft of a document in a language, or null when it has none; read with the preview token. */
  fetchDraft(key: CollectionKey, locale: Locale, documentId: string): Promise<DraftDocument | null>;
  /** The site's clock (a call's status, an upcoming seminar): now, unless pinned as in a build. */
  now?: () => Date;
  media: (path: string) => string;
  log?: (line: string) => void;
}

type Problem = 'unsigned' | 'expired' | 'invalid' | 'noDraft' | 'noPage' | 'notBuilt' | 'cms';

const PROBLEMS: Record<Problem, { status: number } & Record<Locale, { title: string; text: string }>> = {
  unsigned: {
    status: 401,
    lt: {
      title: 'Peržiūrai reikia nuorodos',
      text: 'Peržiūra atveriama iš turinio valdymo sistemos: atverkite įrašą ir spauskite „Atverti peržiūrą“.',
    },
    en: {
      title: 'A preview needs a link',
      text: 'Previews open from the CMS: open the entry there and press “Open preview”.',
    },
  },
  expired: {
    status: 403,
    lt: {
      title: 'Peržiūros nuoroda nebegalioja',
      text: 'Uždarykite peržiūrą ir atverkite ją iš naujo turinio valdymo sistemoje.',
    },
    en: { title: 'This preview link has expired', text: 'Close the preview and open it again in the CMS.' },
  },
  invalid: {
    status: 403,
    lt: { title: 'Netinkama peržiūros nuoroda', text: 'Atverkite peržiūrą iš naujo turinio valdymo sistemoje.' },
    en: { title: 'This preview link is not valid', text: 'Open the preview again in the CMS.' },
  },
  noDraft: {
    status: 404,
    lt: {
      title: 'Juodraščio nėra',
      text: 'Šio įrašo šia kalba nėra (galbūt jis ištrintas arba dar neišsaugotas).',
    },
    en: {
      title: 'No draft',
      text: 'This entry does not exist in this language (it may have been deleted, or not saved yet).',
    },
  },
  noPage: {
    status: 404,
    lt: {
      title: 'Šis įrašas neturi puslapio',
      text: 'Svetainėje šis įrašas rodomas tik kitų puslapių sąrašuose, arba jam dar trūksta duomenų puslapiui.',
    },
    en: {
      title: 'This entry has no page',
      text: 'On the site this entry shows only in other pages, or it still lacks what its page needs.',
    },
  },
  notBuilt: {
    status: 503,
    lt: {
      title: 'Svetainė dar kuriama',
      text: 'Peržiūra veiks, kai svetainė bus sukurta pirmą kartą. Pabandykite po minutės.',
    },
    en: {
      title: 'The site is still being built',
      text: 'Previews work once the site has been built. Try again in a minute.',
    },
  },
  cms: {
    status: 502,
    lt: {
      title: 'Nepavyko perskaityti juodraščio',
      text: 'Turinio valdymo sistema neatsakė. Pabandykite dar kartą.',
    },
    en: { title: 'The draft could not be read', text: 'The CMS did not answer. Try again.' },
  },
};

export class PreviewService {
  private snapshot: { key: string; content: Content | null } | null = null;
  private readonly options: PreviewServiceOptions;

  constructor(options: PreviewServiceOptions) {
    this.options = options;
  }

  readonly handler: RequestListener = (req, res) => {
    // The path as asked: with a base, `//elsewhere.example/x` would parse as another host.
    const url = new URL(`http://preview.invalid${(req.url ?? '/').replace(/^(?!\/)/, '/')}`);
    if (url.pathname === '/_health') return text(res, 200, 'ok');
    // Anything else is the site's (a link followed from a preview, locally): send it there.
    if (url.pathname !== PREVIEW_PATH) {
      // Always to the site's own origin (a path such as //elsewhere.example must not lead away).
      const target = new URL(this.options.siteUrl);
      target.pathname = url.pathname;
      target.search = url.search;
      res.writeHead(302, { Location: target.href });
      return void res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return void res.end();
    }
    const asked = url.searchParams.get('ui');
    const language: Locale = LOCALES.includes(asked as Locale) ? (asked as Locale) : 'lt';
    this.answer(url.searchParams)
      .then(
        (html) => this.send(res, 200, html.html, html.nonce),
        (error: unknown) => {
          const problem = error instanceof PreviewProblem ? error.problem : 'cms';
          if (!(error instanceof PreviewProblem)) this.options.log?.(`preview failed: ${(error as Error).message}`);
          const { status, [language]: message } = PROBLEMS[problem];
          this.send(res, status, problemPage(language, message), null);
        },
      )
      .catch(() => res.destroy());
  };

  private async answer(query: URLSearchParams): Promise<{ html: string; nonce: string }> {
    const { options } = this;
    const check = checkPreviewLink(query, options.secret);
    if (!check.ok)
      throw new PreviewProblem(
        check.reason === 'unsigned' ? 'unsigned' : check.reason === 'expired' ? 'expired' : 'invalid',
      );
    const { uid, documentId, locale, ui } = check.link;
    const key = contentTypeOfUid(uid);
    if (!key || !CONTENT_TYPES[key].drafts || !hasPages(key)) throw new PreviewProblem('noPage');
    const started = Date.now();
    const content = this.content();
    if (!content) throw new PreviewProblem('notBuilt');
    const draft = await options.fetchDraft(key as CollectionKey, locale, documentId);
    if (!draft) throw new PreviewProblem('noDraft');
    const read = Date.now();
    const view = previewView(
      withDraft(content, key as CollectionKey, locale, draft),
      key as CollectionKey,
      locale,
      documentId,
      {
        now: options.now?.() ?? new Date(),
        media: options.media,
      },
    );
    if (!view) throw new PreviewProblem('noPage');
    const modelled = Date.now();
    const nonce = randomBytes(16).toString('base64');
    const html = await options.templates.renderPage(
      view,
      { lang: ui, adminOrigins: options.adminOrigins, nonce },
      options.siteUrl,
    );
    options.log?.(
      `preview ${key} ${documentId} (${locale}): draft ${read - started} ms, model ${modelled - read} ms, render ${Date.now() - modelled} ms`,
    );
    return { html, nonce };
  }

  /**
   * Reads the snapshot now and again whenever a build writes a new one (checked every few
   * seconds), so that no editor waits for it: at 10,000 documents reading it takes a second or two.
   */
  keepContentRead(everyMs = 5000): void {
    this.content();
    setInterval(() => this.content(), everyMs).unref();
  }

  /** The last build's content, read again only when the build wrote a new snapshot. */
  private content(): Content | null {
    let key: string;
    try {
      const stat = statSync(this.options.snapshotFile);
      key = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return null;
    }
    if (this.snapshot?.key !== key) this.snapshot = { key, content: readSnapshotContent(this.options.snapshotFile) };
    return this.snapshot.content;
  }

  private send(res: ServerResponse, status: number, html: string, nonce: string | null) {
    const { options } = this;
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': previewPolicy({
        styles: inlineCodeOf(html).styles,
        nonce: nonce ?? randomBytes(16).toString('base64'),
        adminOrigins: options.adminOrigins,
        mediaOrigins: options.mediaOrigins,
      }),
      // Never indexed, kept, or told to another site (the link in the address is the key to it).
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(html);
  }
}

class PreviewProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem);
    this.problem = problem;
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function problemPage(locale: Locale, message: { title: string; text: string }): string {
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(message.title)}</title></head><body><main><h1>${escapeHtml(message.title)}</h1><p>${escapeHtml(message.text)}</p></main></body></html>`;
}

function text(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}
