import { Marked, type Tokens } from 'marked';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SAFE_URL = /^(https?:|mailto:|\/|#)/i;

// Rich text from the CMS is Markdown. Raw HTML inside it is shown as text, never rendered, and
// links may only use web, mail or site-relative addresses: the site stays safe even if a
// submission slipped past the CMS's own sanitising.
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_URL.test(href.trim())) return text;
      const external = /^https?:/i.test(href);
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener"' : ''}>${text}</a>`;
    },
    image({ text }: Tokens.Image) {
      // Images belong in media fields with alternative text, not inline in body text.
      return escapeHtml(text);
    },
  },
});

export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  return marked.parse(source, { async: false }) as string;
}
