import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/markdown.ts';

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis and lists', () => {
    expect(renderMarkdown('**Įgyvendinta 14** priemonių\n\n- viena\n- dvi')).toBe(
      '<p><strong>Įgyvendinta 14</strong> priemonių</p>\n<ul>\n<li>viena</li>\n<li>dvi</li>\n</ul>\n',
    );
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops links with unsafe schemes but keeps their text', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>click</p>\n');
    expect(renderMarkdown('[site](https://example.org "Ex")')).toBe(
      '<p><a href="https://example.org" title="Ex" rel="noopener">site</a></p>\n',
    );
  });

  it('returns nothing for empty content', () => {
    expect(renderMarkdown(null)).toBe('');
  });
});
