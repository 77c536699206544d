import * as React from 'react';
import { ConfirmDialog, useFetchClient, useNotification } from '@strapi/admin/strapi-admin';
import {
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  Link as DsLink,
  Table,
  Tbody,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TopicCount } from '../admin-api/alerts';
import { AdminPage, Panel, TableHead } from './page-parts';

// "Email alerts" in the admin's menu: how many confirmed subscribers each followed list,
// organisation, priority and seminar has (cms/src/admin-api/alerts.ts), and, when someone asks,
// their subscriptions found by address and all their data removed. For editors and super admins.

type Outbox = Record<'queued' | 'sending' | 'sent' | 'skipped' | 'failed', number>;
type Subscriber = {
  id: number;
  title: string;
  locale: string;
  frequency: string;
  status: string;
  consentAt: string;
  confirmedAt: string | null;
};

export default function AlertsPage() {
  const { formatMessage, formatDate } = useIntl();
  const { get, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [data, setData] = React.useState<{ topics: TopicCount[]; outbox: Outbox; siteUrl: string } | null>(null);
  const [email, setEmail] = React.useState('');
  const [found, setFound] = React.useState<{ email: string; subscriptions: Subscriber[] } | null>(null);
  const t = (id: string, defaultMessage: string, values?: Record<string, React.ReactNode>) =>
    formatMessage({ id: `mip.alerts.${id}`, defaultMessage }, values) as string;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `get` is a new function on every render
  const load = React.useCallback(async () => {
    const response = await get<{ topics: TopicCount[]; outbox: Outbox; siteUrl: string }>('/mip/alerts/topics');
    setData(response.data);
  }, []);
  React.useEffect(() => {
    void load();
  }, [load]);

  const find = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const { data: result } = await get<{ subscriptions: Subscriber[] }>('/mip/alerts/subscribers', {
        params: { email },
      });
      setFound({ email, subscriptions: result.subscriptions });
    } catch {
      toggleNotification({ type: 'danger', message: t('find.failed', 'Give a whole email address.') });
    }
  };
  const remove = async () => {
    if (!found) return;
    const { data: result } = await del<{ removed: number }>('/mip/alerts/subscribers', {
      params: { email: found.email },
    });
    toggleNotification({
      type: 'success',
      message: t('removed', 'Removed: {count} subscription(s), and the mail kept for the address.', {
        count: result.removed,
      }),
    });
    setFound({ email: found.email, subscriptions: [] });
    void load();
  };
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '–');
  const language = (locale: string) => formatMessage({ id: `mip.language.${locale}`, defaultMessage: locale });

  return (
    <AdminPage
      title={t('title', 'Email alerts')}
      subtitle={t(
        'subtitle',
        'What readers follow by email, and how many confirmed subscribers each has. Addresses stay here: never on the site, in GraphQL or in the log.',
      )}
    >
      <Panel title={t('followed', 'Followed pages')}>
        {data && (
          <Typography variant="pi" textColor="neutral600" tag="p" data-testid="alerts-outbox">
            {t('outbox', 'Mail: {sent} sent, {queued} waiting, {failed} given up.', {
              sent: data.outbox.sent,
              queued: data.outbox.queued + data.outbox.sending,
              failed: data.outbox.failed,
            })}
          </Typography>
        )}
        {data && data.topics.length === 0 && (
          <Typography tag="p">{t('none', 'Nobody follows anything yet.')}</Typography>
        )}
        {data && data.topics.length > 0 && (
          <Box paddingTop={4}>
            <Table colCount={4} rowCount={data.topics.length + 1} data-testid="alerts-topics">
              <TableHead
                labels={[
                  t('page', 'Page'),
                  t('language', 'Language'),
                  t('confirmed', 'Confirmed subscribers'),
                  t('pending', 'Not confirmed yet'),
                ]}
              />
              <Tbody>
                {data.topics.map((topic) => (
                  <Tr key={`${topic.topic}|${topic.locale}`}>
                    <Td>
                      {topic.path ? (
                        <DsLink href={`${data.siteUrl}${topic.path}`} isExternal>
                          {topic.title}
                        </DsLink>
                      ) : (
                        <Typography>{topic.title}</Typography>
                      )}
                    </Td>
                    <Td>
                      <Typography>{language(topic.locale)}</Typography>
                    </Td>
                    <Td>
                      <Typography fontWeight="bold">{topic.confirmed}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600">{topic.pending}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Panel>

      <Panel title={t('request', 'A subscriber’s request')}>
        <Typography tag="p" textColor="neutral600">
          {t(
            'requestHelp',
            'When someone asks what is kept about them or to be removed: find their subscriptions by email address, and remove all their data.',
          )}
        </Typography>
        <form onSubmit={find}>
          <Flex gap={2} alignItems="flex-end" paddingTop={4}>
            <Field.Root name="email" id="alerts-email">
              <Field.Label>{t('email', 'Email address')}</Field.Label>
              <TextInput
                type="email"
                value={email}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
              />
            </Field.Root>
            <Button type="submit" variant="secondary">
              {t('find', 'Find')}
            </Button>
          </Flex>
        </form>
        {found && (
          <Box paddingTop={4} data-testid="alerts-subscriber">
            {found.subscriptions.length === 0 ? (
              <Typography tag="p">{t('notFound', 'No subscriptions for this address.')}</Typography>
            ) : (
              <>
                <Table colCount={4} rowCount={found.subscriptions.length + 1}>
                  <TableHead
                    labels={[
                      t('page', 'Page'),
                      t('frequency', 'How often'),
                      t('consent', 'Asked for'),
                      t('confirmedAt', 'Confirmed'),
                    ]}
                  />
                  <Tbody>
                    {found.subscriptions.map((s) => (
                      <Tr key={s.id}>
                        <Td>
                          <Typography>
                            {s.title} ({language(s.locale)})
                          </Typography>
                        </Td>
                        <Td>
                          <Typography>{t(`frequency.${s.frequency}`, s.frequency)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{when(s.consentAt)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{when(s.confirmedAt)}</Typography>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
                <Box paddingTop={4}>
                  <Dialog.Root>
                    <Dialog.Trigger>
                      <Button variant="danger">{t('remove', 'Remove all their data')}</Button>
                    </Dialog.Trigger>
                    <ConfirmDialog onConfirm={remove}>
                      {t(
                        'removeConfirm',
                        'Remove every subscription of {email}, and the mail kept for it? This cannot be undone.',
                        { email: found.email },
                      )}
                    </ConfirmDialog>
                  </Dialog.Root>
                </Box>
              </>
            )}
          </Box>
        )}
      </Panel>
    </AdminPage>
  );
}
