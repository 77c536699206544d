import { useEffect, useRef, useState, type FormEvent } from 'react';

// Full-text search over the built site with Pagefind. The page's language (<html lang>) picks the
// indexes searched, so Lithuanian pages search Lithuanian content. The form is a plain GET
// form: a search URL (?q=...&section=...) can be shared, and the island runs it on load.

export interface SearchStrings {
  label: string;
  button: string;
  section: string;
  allSections: string;
  noResults: string;
  loading: string;
  loadMore: string;
  resultCount: string;
}

interface Props {
  strings: SearchStrings;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: { section?: string[] } }>;
}
interface Pagefind {
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (url: string) => Promise<void>;
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  section?: string;
}

const PAGE = 10;
let pagefind: Promise<Pagefind | null> | undefined;
/**
 * The site's indexes in the page's language (the language's and its news', site/search-index.mjs):
 * the first opened, the others merged into it, so one search runs over all. Null when there is
 * nothing to search (or no list of indexes: a release gone live with an index of an older version).
 */
function loadPagefind(): Promise<Pagefind | null> {
  pagefind ??= (async () => {
    const response = await fetch('/pagefind/indexes.json', { cache: 'no-cache' });
    if (!response.ok) return null;
    const { languages } = (await response.json()) as { languages: Record<string, string[]> };
    const [first, ...others] = languages[document.documentElement.lang] ?? [];
    if (!first) return null;
    const url = `/pagefind/${first}/pagefind.js`;
    const opened = (await import(/* @vite-ignore */ url)) as Pagefind;
    await Promise.all(others.map((name) => opened.mergeIndex(`/pagefind/${name}/`)));
    return opened;
  })();
  return pagefind;
}

export default function Search({ strings }: Props) {
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [sections, setSections] = useState<string[]>([]);
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [busy, setBusy] = useState(false);
  const run = useRef(0);
  const form = useRef<HTMLFormElement>(null);

  async function showMore(all: PagefindResult[], from: number, previous: Hit[]) {
    const page = await Promise.all(
      all.slice(from, from + PAGE).map(async (r) => {
        const d = await r.data();
        return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, section: d.filters.section?.[0] };
      }),
    );
    setHits([...previous, ...page]);
  }

  async function search(q: string, s: string) {
    const id = ++run.current;
    if (!q.trim()) {
      setResults(null);
      setHits([]);
      return;
    }
    setBusy(true);
    const pf = await loadPagefind();
    const found = pf ? await pf.search(q, s ? { filters: { section: s } } : {}) : { results: [] };
    if (id !== run.current) return; // a newer search has started
    setResults(found.results);
    await showMore(found.results, 0, []);
    setBusy(false);
  }

  // What the form shows: a reader may have typed before the island hydrated, which React leaves
  // in the field without knowing (and would wipe on the next render).
  const typed = () => {
    const data = new FormData(form.current ?? undefined);
    return { q: String(data.get('q') ?? ''), s: String(data.get('section') ?? '') };
  };

  // Once, on hydration: the query in the address, else what was typed before the island ran.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once; typed() and search() read refs and state setters
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const q = params.get('q') ?? '';
    const s = params.get('section') ?? '';
    const early = typed();
    setQuery(q || early.q);
    setSection(s || early.s);
    void loadPagefind().then(async (pf) => {
      const filters = pf ? await pf.filters() : {};
      setSections(Object.keys(filters.section ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang)));
    });
    if (q) void search(q, s);
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { q, s } = typed();
    setQuery(q);
    setSection(s);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (s) params.set('section', s);
    window.history.replaceState(null, '', `?${params}`);
    void search(q, s);
  }

  return (
    <div className="search">
      {/* biome-ignore lint/a11y/useSemanticElements: a form with the search role; <search> would only wrap it */}
      <form ref={form} role="search" method="get" onSubmit={onSubmit} className="search-form">
        <div className="field">
          <label htmlFor="search-q">{strings.label}</label>
          <input
            id="search-q"
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="search-section">{strings.section}</label>
          <select id="search-section" name="section" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{strings.allSections}</option>
            {(sections.includes(section) || !section ? sections : [...sections, section]).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{strings.button}</button>
      </form>
      <p role="status" className="search-status" data-testid="search-status">
        {busy
          ? strings.loading
          : results
            ? results.length
              ? strings.resultCount.replace('{n}', String(results.length))
              : strings.noResults
            : ''}
      </p>
      {hits.length > 0 && (
        <ol className="search-results" data-testid="search-results">
          {hits.map((hit) => (
            <li key={hit.url}>
              <h2 className="entry-title">
                <a href={hit.url}>{hit.title}</a>
              </h2>
              {hit.section && (
                <p className="entry-meta">
                  <span className="badge">{hit.section}</span>
                </p>
              )}
              {/* Pagefind's excerpt is our own page text, escaped, with <mark> around the matches. */}
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: see above */}
              <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {results && hits.length < results.length && (
        <button type="button" onClick={() => void showMore(results, hits.length, hits)}>
          {strings.loadMore}
        </button>
      )}
    </div>
  );
}
