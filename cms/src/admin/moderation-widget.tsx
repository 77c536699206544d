import * as React from 'react';
import { useFetchClient, Widget } from '@strapi/admin/strapi-admin';
import { Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

// The admin home page's "Waiting for review" widget: what the public sent in and no editor has
// finished with, counted over both languages (the Content Manager's lists show one language at a
// time, so a Lithuanian submission is invisible from the English list). Each count links to the
// list filtered on that status, in the language the entries are in. Later: responses and
// registrations (their issues add their types here).

export const MODERATED = [
  { uid: 'api::good-practice.good-practice', name: 'Good practice' },
  { uid: 'api::partner-request.partner-request', name: 'Partner request' },
] as const;
export const WAITING = ['submitted', 'in_review', 'needs_changes'] as const;
const LOCALES = ['lt', 'en'] as const;

type Count = { uid: string; name: string; status: string; locale: string; total: number };

export function listAddress(uid: string, status: string, locale: string) {
  const query = new URLSearchParams({
    page: '1',
    'plugins[i18n][locale]': locale,
    'filters[$and][0][moderationStatus][$eq]': status,
  });
  return `/content-manager/collection-types/${uid}?${query}`;
}

export function ModerationWidget() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [counts, setCounts] = React.useState<Count[] | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    const requests = MODERATED.flatMap(({ uid, name }) =>
      WAITING.flatMap((status) =>
        LOCALES.map(async (locale): Promise<Count> => {
          const { data } = await get<{ pagination: { total: number } }>(`/content-manager/collection-types/${uid}`, {
            params: { locale, page: 1, pageSize: 1, filters: { $and: [{ moderationStatus: { $eq: status } }] } },
          });
          return { uid, name, status, locale, total: data.pagination.total };
        }),
      ),
    );
    Promise.all(requests).then(
      (all) => live && setCounts(all.filter((c) => c.total > 0)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [get]);

  if (failed) return <Widget.Error />;
  if (!counts) return <Widget.Loading />;
  if (!counts.length)
    return (
      <Widget.NoData>
        {formatMessage({ id: 'mip.moderation.none', defaultMessage: 'Nothing waits for review.' })}
      </Widget.NoData>
    );
  const rows = MODERATED.flatMap(({ uid, name }) =>
    WAITING.map((status) => ({
      uid,
      name,
      status,
      byLocale: counts.filter((c) => c.uid === uid && c.status === status),
    })),
  ).filter((r) => r.byLocale.length);
  return (
    <Table colCount={3} rowCount={rows.length}>
      <Tbody>
        {rows.map((row) => (
          <Tr key={`${row.uid}:${row.status}`}>
            <Td>
              <Typography textColor="neutral800">
                {formatMessage({ id: row.name, defaultMessage: row.name })}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral600">
                {formatMessage({ id: row.status, defaultMessage: row.status })}
              </Typography>
            </Td>
            <Td>
              <Flex gap={3}>
                {row.byLocale.map((count) => (
                  <Link key={count.locale} to={listAddress(row.uid, row.status, count.locale)}>
                    {formatMessage(
                      { id: 'mip.moderation.count', defaultMessage: '{total} in {language}' },
                      {
                        total: count.total,
                        language: formatMessage({ id: `mip.language.${count.locale}`, defaultMessage: count.locale }),
                      },
                    )}
                  </Link>
                ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
