import * as React from 'react';
import { useFetchClient, useForm, useQueryParams } from '@strapi/admin/strapi-admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/content-manager/strapi-admin';
import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { toSlug } from '@mip/shared-types/slug';

// The side panel of every edit view of the platform's content: what an editor needs to know about
// the entry as the site will show it. It also makes the slug follow the title (below).

const DEFAULT_LOCALE = 'lt';

type PanelProps = {
  model: string;
  documentId?: string;
  document?: { id?: unknown; status?: string; publishedAt?: string | null; locale?: string } | null;
  meta?: { availableStatus?: { publishedAt?: string | null; locale?: string }[] } | null;
  activeTab?: string | null;
};

export function EntryPanel({ model, documentId, document, meta }: PanelProps) {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query?.plugins?.i18n?.locale ?? DEFAULT_LOCALE;
  const { contentType } = useContentManagerContext() as unknown as {
    contentType?: {
      attributes?: Record<string, { type: string; targetField?: string }>;
      pluginOptions?: { i18n?: { localized?: boolean } };
    };
  };
  const published =
    document?.status === 'published' ||
    document?.status === 'modified' ||
    !!meta?.availableStatus?.some((s) => s.publishedAt && (!s.locale || s.locale === locale));
  const existing = !!documentId && documentId !== 'create';
  useSlugFollowsTitle({
    model,
    documentId: existing ? documentId : undefined,
    locale,
    published,
    targetField: contentType?.attributes?.slug?.type === 'uid' ? contentType.attributes.slug.targetField : undefined,
  });
  const organisation = useSubmitterOrganisation(model, document);

  if (!model.startsWith('api::')) return null;
  const localized = !!contentType?.pluginOptions?.i18n?.localized;
  const hasLinks = Object.values(contentType?.attributes ?? {}).some((a) => a.type === 'relation');
  // A language version not made yet: the edit view gets an empty document for it.
  const newLanguage = existing && !document?.id;
  const notes: string[] = [];
  if (localized && hasLinks) {
    notes.push(
      newLanguage
        ? formatMessage({
            id: 'mip.entry.links.new-language',
            defaultMessage:
              'Links to other entries (organisations, areas, municipalities, priorities) are the same in every language: this version gets those of the other language when you save it.',
          })
        : formatMessage({
            id: 'mip.entry.links.shared',
            defaultMessage:
              'Links to other entries (organisations, areas, municipalities, priorities) are the same in every language: a change here is made in the other language too.',
          }),
    );
  }
  if (localized && existing && !newLanguage) {
    notes.push(
      locale === DEFAULT_LOCALE
        ? formatMessage({
            id: 'mip.entry.take-down.original',
            defaultMessage:
              'This is the original. Unpublishing or deleting it also unpublishes or deletes the English version.',
          })
        : formatMessage({
            id: 'mip.entry.take-down.translation',
            defaultMessage: 'Unpublishing or deleting this translation leaves the Lithuanian original as it is.',
          }),
    );
  }
  if (organisation) notes.push(organisation);
  if (!notes.length) return null;
  return {
    title: formatMessage({ id: 'mip.entry.title', defaultMessage: 'Languages' }),
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        {notes.map((note) => (
          <Typography key={note} variant="pi" textColor="neutral700">
            {note}
          </Typography>
        ))}
      </Flex>
    ),
  };
}

// The field that names a submission's organisation in the directory, per moderated type.
const ORGANISATION_FIELD: Record<string, string> = {
  'api::good-practice.good-practice': 'implementingOrganisations',
  'api::partner-request.partner-request': 'organisation',
};

/**
 * A submitter may type an organisation the directory does not have (the CMS links it when the
 * name matches one). Until an editor links one, the panel says so, before the entry is published
 * naming no organisation.
 */
function useSubmitterOrganisation(model: string, document: PanelProps['document']): string | null {
  const { formatMessage } = useIntl();
  const typed = useForm('SubmitterOrganisation', (form) => form.values.submitterOrganisation as string | undefined);
  const linked = useForm(
    'SubmitterOrganisation',
    (form) =>
      form.values[ORGANISATION_FIELD[model] ?? ''] as
        | { connect?: unknown[]; disconnect?: unknown[] }
        | unknown[]
        | undefined,
  );
  const field = ORGANISATION_FIELD[model];
  if (!field || !typed?.trim()) return null;
  const saved = (document as Record<string, unknown> | null | undefined)?.[field] as
    | { count?: number }
    | null
    | undefined;
  const added = Array.isArray(linked) ? linked.length : (linked?.connect?.length ?? 0);
  if ((saved?.count ?? 0) + added > 0) return null;
  return formatMessage(
    {
      id: 'mip.entry.organisation.unlinked',
      defaultMessage:
        'The submitter named the organisation “{name}”, which is not linked. Link it from the directory, or create it under Organisation first, so that the published entry names it.',
    },
    { name: typed.trim() },
  );
}

/**
 * The slug follows the title while the editor types, by the site's own rule (the server's slug
 * generator uses `toSlug` too, and makes it unique), until the editor changes the slug by hand. It
 * never follows on an entry that has been published: its address is public.
 */
function useSlugFollowsTitle({
  model,
  documentId,
  locale,
  published,
  targetField,
}: {
  model: string;
  documentId?: string;
  locale: string;
  published: boolean;
  targetField?: string;
}) {
  const title = useForm('SlugFollowsTitle', (form) =>
    targetField ? (form.values[targetField] as string | undefined) : undefined,
  );
  const slug = useForm('SlugFollowsTitle', (form) => form.values.slug as string | undefined);
  const onChange = useForm('SlugFollowsTitle', (form) => form.onChange);
  const { post } = useFetchClient();
  const following = React.useRef<boolean | null>(null);
  const proposed = React.useRef<string | undefined>(undefined);
  const modelName = model.split('.').pop() ?? '';
  // Strapi's own proposal before there is a title: the type's name, e.g. `news-item` or `news-item-2`.
  const isPlaceholder = (value: string) => value === modelName || new RegExp(`^${modelName}-\\d+$`).test(value);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the slug says whether the editor typed it
  React.useEffect(() => {
    if (!targetField || slug === undefined) return;
    if (following.current === null) {
      following.current = !published && (!slug || isPlaceholder(slug) || slug === toSlug(String(title ?? '')));
      proposed.current = slug;
    } else if (following.current && slug !== proposed.current && !isPlaceholder(slug)) {
      following.current = false; // typed by hand
    }
  }, [slug]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new slug is asked for when the title changes, not when the form re-renders
  React.useEffect(() => {
    const text = String(title ?? '').trim();
    if (!targetField || !text || following.current === false) return;
    const timer = window.setTimeout(async () => {
      if (!following.current) return;
      try {
        const response = await post<{ data: string }>(
          '/content-manager/uid/generate',
          { contentTypeUID: model, field: 'slug', data: { id: documentId ?? '', [targetField]: text } },
          { params: { locale } },
        );
        const next = response.data.data;
        if (!following.current || !next || next === proposed.current) return;
        proposed.current = next;
        onChange('slug', next);
      } catch {
        // The editor can still press "Regenerate"; nothing is lost.
      }
    }, 300);
    return () => window.clearTimeout(timer);
  }, [title]);
}
