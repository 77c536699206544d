import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/admin/strapi-admin';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  Flex,
  Link as DsLink,
  Table,
  Tbody,
  Td,
  TextButton,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { OrganiserRegistration, OrganiserSeminar } from '../api/registration/services/organisers';
import { AdminPage, Panel, TableHead } from './page-parts';

// "Seminar registrations" in the admin's menu, for the seminars' organisers
// (cms/src/admin-api/registrations.ts): the seminars taking registration here with their places,
// waiting lists and attendance; a seminar's registrations, places first in the order they were
// taken, then the waiting list in its order; a CSV export; attendance marked per place; and the
// seminar's public participants count filled from it.

const SEMINAR_EDIT = '/content-manager/collection-types/api::seminar.seminar';

/** One column of a registrations table: its heading and what a row shows in it. */
type Column = { label: string; cell: (registration: OrganiserRegistration) => React.ReactNode };

function RegistrationTable(props: { rows: OrganiserRegistration[]; columns: Column[]; testId: string }) {
  return (
    <Table colCount={props.columns.length} rowCount={props.rows.length + 1} data-testid={props.testId}>
      <TableHead labels={props.columns.map((c) => c.label)} />
      <Tbody>
        {props.rows.map((r) => (
          <Tr key={r.id}>
            {props.columns.map((c) => (
              <Td key={c.label}>{c.cell(r)}</Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

/** Text in a cell; a dash for nothing. */
const Text = ({ children, bold }: { children: React.ReactNode; bold?: boolean }) => (
  <Typography fontWeight={bold ? 'bold' : undefined}>{children ?? '–'}</Typography>
);

export default function RegistrationsPage() {
  const { formatMessage, formatDate, locale: adminLanguage } = useIntl();
  const locale = adminLanguage.startsWith('lt') ? 'lt' : 'en';
  const { get, put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [seminars, setSeminars] = React.useState<OrganiserSeminar[] | null>(null);
  const [open, setOpen] = React.useState<{
    seminar: OrganiserSeminar;
    registrations: OrganiserRegistration[];
  } | null>(null);
  const t = (id: string, defaultMessage: string, values?: Record<string, React.ReactNode>) =>
    formatMessage({ id: `mip.registrations.${id}`, defaultMessage }, values) as string;
  // Seminars happen in Lithuania: their times in its zone, wherever the organiser's browser is.
  const when = (iso: string | null) =>
    iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Vilnius' }) : '–';
  const language = (code: string) => formatMessage({ id: `mip.language.${code}`, defaultMessage: code });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `get` is a new function on every render
  const loadSeminars = React.useCallback(async () => {
    const { data } = await get<{ seminars: OrganiserSeminar[] }>('/mip/registrations/seminars', {
      params: { locale },
    });
    setSeminars(data.seminars);
  }, [locale]);
  React.useEffect(() => {
    void loadSeminars();
  }, [loadSeminars]);

  const show = async (documentId: string) => {
    const { data } = await get<{ seminar: OrganiserSeminar; registrations: OrganiserRegistration[] }>(
      `/mip/registrations/seminars/${documentId}`,
      { params: { locale } },
    );
    setOpen(data);
  };

  const markAttendance = async (registration: OrganiserRegistration, attended: boolean) => {
    await put(`/mip/registrations/${registration.id}/attendance`, { attended });
    if (open) await show(open.seminar.documentId);
    void loadSeminars();
  };

  const download = async () => {
    if (!open) return;
    const { data } = await get<Blob>(`/mip/registrations/seminars/${open.seminar.documentId}/csv`, {
      params: { locale },
      responseType: 'blob',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = `${t('file', 'registrations')}-${open.seminar.startAt.slice(0, 10)}-${open.seminar.documentId}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const fillParticipants = async () => {
    if (!open) return;
    const { data } = await post<{ participantsCount: number }>(
      `/mip/registrations/seminars/${open.seminar.documentId}/participants`,
    );
    toggleNotification({
      type: 'success',
      message: t(
        'filled',
        'The seminar’s participants count is now {count}. Publish the seminar for the site to show it.',
        { count: data.participantsCount },
      ),
    });
    await show(open.seminar.documentId);
  };

  const places = (s: OrganiserSeminar) =>
    s.capacity == null
      ? t('placesUnlimited', '{taken} (no limit)', { taken: s.confirmed })
      : t('placesOf', '{taken} of {capacity}', { taken: s.confirmed, capacity: s.capacity });

  const confirmed = open?.registrations.filter((r) => r.status === 'confirmed') ?? [];
  const waiting = open?.registrations.filter((r) => r.status === 'waiting') ?? [];
  // The organisation they typed (linked to the directory's when the names match), and their role.
  const organisation = (r: OrganiserRegistration) => (
    <>
      {r.directory ? (
        <DsLink
          href={`/admin/content-manager/collection-types/api::organisation.organisation/${r.directory.documentId}`}
        >
          {r.organisation}
        </DsLink>
      ) : (
        <Text>{r.organisation}</Text>
      )}
      {r.role && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {r.role}
        </Typography>
      )}
    </>
  );

  return (
    <AdminPage
      title={t('title', 'Seminar registrations')}
      subtitle={t(
        'subtitle',
        'Who registered for the seminars that take registration on this site. Registrants’ details stay here: never on the site, in GraphQL or in the log.',
      )}
    >
      <Panel title={t('seminars', 'Seminars')}>
        {seminars && seminars.length === 0 && (
          <Typography tag="p">
            {t('none', 'No seminar takes registration on this site yet (a seminar’s “Registration on this site”).')}
          </Typography>
        )}
        {seminars && seminars.length > 0 && (
          <Box paddingTop={4}>
            <Table colCount={6} rowCount={seminars.length + 1} data-testid="registration-seminars">
              <TableHead
                labels={[
                  t('seminar', 'Seminar'),
                  t('date', 'Date'),
                  t('places', 'Places taken'),
                  t('waiting', 'Waiting list'),
                  t('pending', 'Not confirmed yet'),
                  t('attended', 'Attended'),
                ]}
              />
              <Tbody>
                {seminars.map((s) => (
                  <Tr key={s.documentId}>
                    <Td>
                      <TextButton onClick={() => void show(s.documentId)}>{s.title}</TextButton>
                    </Td>
                    <Td>
                      <Typography>{when(s.startAt)}</Typography>
                    </Td>
                    <Td>
                      <Typography fontWeight="bold">{places(s)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{s.waiting}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral600">{s.pending}</Typography>
                    </Td>
                    <Td>
                      <Typography>{s.attended}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Panel>

      {open && (
        <Panel testId="registration-seminar">
          <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
            <Box>
              <Typography variant="delta" tag="h2">
                {open.seminar.title}
              </Typography>
              <Typography tag="p" textColor="neutral600">
                {when(open.seminar.startAt)} · {t('places', 'Places taken')}: {places(open.seminar)} ·{' '}
                {t('participantsCount', 'Participants on the site')}: {open.seminar.participantsCount ?? '–'}{' '}
                {!open.seminar.open && <Badge>{t('closed', 'Registration switched off')}</Badge>}
              </Typography>
            </Box>
            <Flex gap={2} wrap="wrap">
              <Button variant="secondary" onClick={() => void download()}>
                {t('export', 'Download as CSV')}
              </Button>
              <Button variant="secondary" onClick={() => void fillParticipants()}>
                {t('fill', 'Set the participants count from attendance ({count})', {
                  count: open.seminar.attended,
                })}
              </Button>
              <DsLink href={`/admin${SEMINAR_EDIT}/${open.seminar.documentId}?plugins[i18n][locale]=${locale}`}>
                {t('edit', 'Open the seminar')}
              </DsLink>
            </Flex>
          </Flex>

          <Box paddingTop={6}>
            <Typography variant="epsilon" tag="h3">
              {t('confirmedTitle', 'Places ({count})', { count: confirmed.length })}
            </Typography>
            {confirmed.length === 0 ? (
              <Typography tag="p">{t('noPlaces', 'Nobody holds a place yet.')}</Typography>
            ) : (
              <Box paddingTop={2}>
                <RegistrationTable
                  rows={confirmed}
                  testId="registration-places"
                  columns={[
                    { label: t('name', 'Name'), cell: (r) => <Text bold>{r.name}</Text> },
                    { label: t('email', 'Email'), cell: (r) => <Text>{r.email}</Text> },
                    { label: t('organisationRole', 'Organisation, role'), cell: organisation },
                    { label: t('needs', 'Needs'), cell: (r) => <Text>{r.needs}</Text> },
                    {
                      label: t('listed', 'May be listed'),
                      cell: (r) => <Text>{r.listed ? t('yes', 'Yes') : t('no', 'No')}</Text>,
                    },
                    {
                      label: t('confirmedAt', 'Confirmed'),
                      cell: (r) => (
                        <Text>
                          {when(r.confirmedAt)} ({language(r.locale)})
                        </Text>
                      ),
                    },
                    {
                      label: t('attended', 'Attended'),
                      cell: (r) => (
                        <Checkbox
                          checked={r.attended === true}
                          onCheckedChange={(checked) => void markAttendance(r, checked === true)}
                          aria-label={t('attendedOf', '{name} attended', { name: r.name })}
                        />
                      ),
                    },
                  ]}
                />
              </Box>
            )}
          </Box>

          <Box paddingTop={6}>
            <Typography variant="epsilon" tag="h3">
              {t('waitingTitle', 'Waiting list ({count})', { count: waiting.length })}
            </Typography>
            {waiting.length === 0 ? (
              <Typography tag="p">{t('noWaiting', 'Nobody is waiting.')}</Typography>
            ) : (
              <Box paddingTop={2}>
                <RegistrationTable
                  rows={waiting}
                  testId="registration-waiting"
                  columns={[
                    { label: t('position', 'Position'), cell: (r) => <Text>{r.position}</Text> },
                    { label: t('name', 'Name'), cell: (r) => <Text bold>{r.name}</Text> },
                    { label: t('email', 'Email'), cell: (r) => <Text>{r.email}</Text> },
                    { label: t('organisation', 'Organisation'), cell: organisation },
                    { label: t('confirmedAt', 'Confirmed'), cell: (r) => <Text>{when(r.confirmedAt)}</Text> },
                  ]}
                />
              </Box>
            )}
          </Box>
        </Panel>
      )}
    </AdminPage>
  );
}
