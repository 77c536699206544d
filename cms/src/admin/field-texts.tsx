import type * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

// Field labels, help texts and the names of enumeration values, in the admin's language, from
// translations/<language>.json (checked complete by cms/test/admin-texts.test.ts):
// - labels: Strapi looks up `content-manager.content-types.<type>.<field>` (and
//   `content-manager.components.<component>.<field>`) itself, in the edit view and the list;
// - enumeration options: Strapi names an option by its code, so a code has one name everywhere;
// - help texts (`mip.help.<type or component>.<field>`): Strapi shows a field's description from the
//   view settings, in one language only, so the edit layout gets this component in its place;
// - list cells of enumerations: Strapi prints the code; the column gets a formatter that names it;
//   and dates in the list are short (2026-12-02 07:31 in Lithuanian) so that the columns that
//   matter, the status among them, fit at 1280 px.

type Attribute = { type: string; pluginOptions?: { i18n?: { localized?: boolean } } };
type Field = { name: string; hint?: React.ReactNode; attribute: Attribute };
type EditLayout = {
  layout: Field[][][];
  components: Record<string, { layout: Field[][] }>;
  options?: { i18n?: { localized?: boolean } };
};

function FieldHelp({
  field,
  component,
  shared,
  fallback,
}: {
  field: string;
  component?: string;
  shared: boolean;
  fallback?: React.ReactNode;
}) {
  const { formatMessage, messages } = useIntl();
  const { slug } = useParams<{ slug: string }>();
  const id = `mip.help.${component ?? slug}.${field}`;
  const help = messages[id] ? formatMessage({ id }) : fallback;
  const note = shared
    ? formatMessage({ id: 'mip.help.shared-in-all-languages', defaultMessage: 'The same in every language.' })
    : null;
  return (
    <>
      {help}
      {help && note ? ' ' : null}
      {note}
    </>
  );
}

const isShared = (attribute: Attribute) =>
  attribute.type === 'relation' || attribute.pluginOptions?.i18n?.localized === false;

export function withFieldHelp({ layout, ...rest }: { layout: EditLayout; query?: unknown }) {
  const localized = !!layout.options?.i18n?.localized;
  const help = (field: Field, component?: string): Field => ({
    ...field,
    hint: (
      <FieldHelp
        field={field.name}
        component={component}
        shared={!component && localized && isShared(field.attribute)}
        fallback={field.hint}
      />
    ),
  });
  return {
    ...rest,
    layout: {
      ...layout,
      layout: layout.layout.map((panel) => panel.map((row) => row.map((field) => help(field)))),
      components: Object.fromEntries(
        Object.entries(layout.components).map(([uid, c]) => [
          uid,
          { ...c, layout: c.layout.map((row) => row.map((field) => help(field, uid))) },
        ]),
      ),
    },
  };
}

function EnumName({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  return (
    <Typography textColor="neutral800">
      {typeof value === 'string' && value ? formatMessage({ id: value, defaultMessage: value }) : '-'}
    </Typography>
  );
}

function ShortDate({ value }: { value: unknown }) {
  const { formatDate } = useIntl();
  const date = typeof value === 'string' && value ? new Date(value) : null;
  return (
    <Typography textColor="neutral800">
      {date && !Number.isNaN(date.getTime()) ? (
        <time dateTime={date.toISOString()}>{formatDate(date, { dateStyle: 'short', timeStyle: 'short' })}</time>
      ) : (
        '-'
      )}
    </Typography>
  );
}

type Header = { name: string; attribute?: { type: string }; cellFormatter?: unknown };
export function withEnumerationNames({ displayedHeaders, ...rest }: { displayedHeaders: Header[] }) {
  return {
    ...rest,
    displayedHeaders: displayedHeaders.map((header) => {
      if (header.cellFormatter) return header;
      if (header.attribute?.type === 'enumeration')
        return { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumName value={row[header.name]} /> };
      if (header.attribute?.type === 'datetime')
        return { ...header, cellFormatter: (row: Record<string, unknown>) => <ShortDate value={row[header.name]} /> };
      return header;
    }),
  };
}
