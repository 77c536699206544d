import * as React from 'react';
import { useFetchClient, useQueryParams } from '@strapi/admin/strapi-admin';
import { Flex, Link as DsLink, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { EntryStatus, LiveState } from '../admin-api/entry-status';

// The edit view's "On the site" panel: the entry's public address in each language, whether the
// live site already shows its latest published version (the rebuild service's status, read by the
// CMS: cms/src/admin-api/entry-status.ts) and which linked entries are still drafts, by name.
// While a publish is on its way to the site it asks again every few seconds. It also links the
// draft's preview in a new tab, which each save reloads (the preview pane is Strapi's "Open preview").

const POLL_MS = 3000;
const POLL_LIMIT = 60; // three minutes, then the editor can reload
const PENDING: LiveState[] = ['updating', 'waiting'];

type PanelProps = {
  model: string;
  documentId?: string;
  document?: { id?: unknown; status?: string; updatedAt?: string; publishedAt?: string | null } | null;
};

export function SitePanel({ model, documentId, document }: PanelProps) {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const status = useEntryStatus(
    model,
    documentId,
    `${document?.status}|${document?.updatedAt}|${document?.publishedAt}`,
  );
  const preview = usePreviewLink(model, document?.id ? documentId : undefined, query?.plugins?.i18n?.locale ?? 'lt');
  if (!model.startsWith('api::') || !documentId || documentId === 'create' || !status) return null;
  const languageName = (locale: string) => formatMessage({ id: `mip.language.${locale}`, defaultMessage: locale });
  return {
    title: formatMessage({ id: 'mip.site.title', defaultMessage: 'On the site' }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="site-panel">
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
          {status.versions.map((v) => (
            <li key={v.locale}>
              <Typography variant="pi" fontWeight="bold">
                {languageName(v.locale)}:{' '}
              </Typography>
              {v.url ? (
                <DsLink href={v.url} isExternal>
                  {v.path}
                </DsLink>
              ) : (
                <Typography variant="pi" textColor="neutral600">
                  {!v.exists
                    ? formatMessage({ id: 'mip.site.no-version', defaultMessage: 'no version in this language' })
                    : formatMessage(
                        {
                          id: 'mip.site.not-published',
                          defaultMessage: 'not published{path, select, none {} other { (it will be at {path})}}',
                        },
                        { path: v.path ?? 'none' },
                      )}
                </Typography>
              )}
              {v.url && v.modified ? (
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {formatMessage({
                    id: 'mip.site.modified',
                    defaultMessage:
                      'Changed since it was published: the site shows the published version until you publish again.',
                  })}
                </Typography>
              ) : null}
            </li>
          ))}
        </Flex>
        {preview ? (
          <PreviewTabLink url={preview} name={`mip-preview-${documentId}`} version={document?.updatedAt}>
            {formatMessage({ id: 'mip.site.preview', defaultMessage: 'Preview the draft in a new tab' })}
          </PreviewTabLink>
        ) : null}
        <Typography
          variant="pi"
          textColor={status.live.state === 'failed' ? 'danger600' : 'neutral700'}
          data-testid="site-live-state"
          data-state={status.live.state}
        >
          {liveMessage(status.live, formatMessage)}
        </Typography>
        {status.draftLinks.length ? (
          <Flex direction="column" alignItems="stretch" gap={1} data-testid="site-draft-links">
            <Typography variant="pi" fontWeight="bold">
              {formatMessage({
                id: 'mip.site.draft-links',
                defaultMessage: 'Linked entries still in draft (the site shows these links once they are published):',
              })}
            </Typography>
            <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
              {status.draftLinks.map((link) => (
                <li key={`${link.field}:${link.documentId}`}>
                  <Typography variant="pi">
                    <Link to={`/content-manager/collection-types/${link.model}/${link.documentId}`}>{link.title}</Link>{' '}
                    ({formatMessage({ id: link.typeName, defaultMessage: link.typeName })},{' '}
                    {formatMessage({
                      id: `content-manager.content-types.${model}.${link.field}`,
                      defaultMessage: link.field,
                    })}
                    )
                  </Typography>
                </li>
              ))}
            </Flex>
          </Flex>
        ) : null}
      </Flex>
    ),
  };
}

function liveMessage(live: EntryStatus['live'], formatMessage: ReturnType<typeof useIntl>['formatMessage']): string {
  switch (live.state) {
    case 'live':
      return formatMessage({
        id: 'mip.site.live',
        defaultMessage: 'The live site shows the latest published version.',
      });
    case 'updating':
      return formatMessage({
        id: 'mip.site.updating',
        defaultMessage: 'The site is being rebuilt with this change: it is live in a few seconds.',
      });
    case 'waiting':
      return formatMessage({
        id: 'mip.site.waiting',
        defaultMessage: 'Not on the live site yet: no rebuild has started since it was published.',
      });
    case 'failed':
      return formatMessage(
        {
          id: 'mip.site.failed',
          defaultMessage:
            'The rebuild after this change failed, so the live site still shows the previous version. Tell the site’s administrator: {error}',
        },
        { error: live.error ?? '' },
      );
    case 'not-published':
      return formatMessage({
        id: 'mip.site.none',
        defaultMessage: 'Not on the site: no language version is published.',
      });
    default:
      return formatMessage({
        id: 'mip.site.unknown',
        defaultMessage: 'The rebuild service does not answer, so whether the live site has this version is not known.',
      });
  }
}

/** The entry's status, read again when the document changes (a save, a publish) and while a publish is on its way. */
function useEntryStatus(model: string, documentId: string | undefined, version: string): EntryStatus | null {
  const { get } = useFetchClient();
  const [status, setStatus] = React.useState<EntryStatus | null>(null);
  const enabled = model.startsWith('api::') && !!documentId && documentId !== 'create';

  // biome-ignore lint/correctness/useExhaustiveDependencies: `get` is a new function on every render; `version` says when to ask again
  React.useEffect(() => {
    if (!enabled) return;
    let live = true;
    let timer: number | undefined;
    let polls = 0;
    const load = async () => {
      try {
        const { data } = await get<EntryStatus>('/mip/entry-status', { params: { model, documentId } });
        if (!live) return;
        setStatus(data);
        if (PENDING.includes(data.live.state) && polls++ < POLL_LIMIT) timer = window.setTimeout(load, POLL_MS);
      } catch {
        if (live) setStatus(null); // not a public type, or no permission: no panel
      }
    };
    // A publish reaches the rebuild service a moment after the document changes.
    timer = window.setTimeout(load, version.startsWith('undefined') ? 0 : 500);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [enabled, model, documentId, version]);

  return enabled ? status : null;
}

/** The preview tabs this admin opened, by name: a save here reloads the draft's. */
const previewTabs = new Map<string, Window>();

/**
 * The draft's preview in a tab of its own, beside the edit view: each save here loads it again,
 * with a fresh link. (Strapi's preview pane is reloaded only by its own Save and Publish, and in
 * the Community Edition it has no form to save: its side editor is part of the paid plans.)
 */
function PreviewTabLink({
  url,
  name,
  version,
  children,
}: {
  url: string;
  name: string;
  version: string | undefined;
  children: React.ReactNode;
}) {
  const shown = React.useRef(version);
  React.useEffect(() => {
    if (version === shown.current) return;
    shown.current = version;
    const tab = previewTabs.get(name);
    // Another origin: the admin may only send it to a new address, which is all it needs.
    if (tab && !tab.closed) tab.location.replace(url);
  }, [version, url, name]);
  const open = (event: React.MouseEvent) => {
    // A middle click or Ctrl-click opens a tab the browser owns; that one is not reloaded.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const tab = window.open(url, name);
    if (tab) previewTabs.set(name, tab);
  };
  return (
    <DsLink href={url} isExternal onClick={open} data-testid="preview-new-tab">
      {children}
    </DsLink>
  );
}

/** How often the new-tab preview link is asked for again: its signature expires after an hour. */
const PREVIEW_REFRESH_MS = 20 * 60 * 1000;

/**
 * The draft's preview link (the same one Strapi's preview pane loads: cms/src/preview-url.ts), or
 * null for a type without a page, an entry not saved yet in this language, or previews turned off.
 */
function usePreviewLink(model: string, documentId: string | undefined, locale: string): string | null {
  const { get } = useFetchClient();
  const [url, setUrl] = React.useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `get` is a new function on every render
  React.useEffect(() => {
    setUrl(null);
    if (!model.startsWith('api::') || !documentId || documentId === 'create') return;
    let live = true;
    const load = async () => {
      try {
        const { data } = await get<{ data?: { url?: string | null } }>(`/content-manager/preview/url/${model}`, {
          params: { documentId, locale, status: 'draft' },
        });
        if (live) setUrl(data.data?.url ?? null);
      } catch {
        if (live) setUrl(null);
      }
    };
    void load();
    const timer = window.setInterval(load, PREVIEW_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [model, documentId, locale]);
  return url;
}
