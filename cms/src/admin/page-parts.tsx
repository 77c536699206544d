import type * as React from 'react';
import { Layouts, Page } from '@strapi/admin/strapi-admin';
import { Box, Flex, Th, Thead, Tr, Typography } from '@strapi/design-system';

// The pieces of the platform's own admin pages (email alerts, seminar registrations): the page
// with its title and subtitle, its white panels, and a table's headings.

/** A page of the admin's menu: title, subtitle and its panels one under another. */
export function AdminPage(props: { title: string; subtitle: string; children: React.ReactNode }) {
  return (
    <Page.Main>
      <Page.Title>{props.title}</Page.Title>
      <Layouts.Header title={props.title} subtitle={props.subtitle} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {props.children}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** A white panel, with its heading when it has one. */
export function Panel(props: { title?: React.ReactNode; children: React.ReactNode; testId?: string }) {
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius data-testid={props.testId}>
      {props.title && (
        <Typography variant="delta" tag="h2">
          {props.title}
        </Typography>
      )}
      {props.children}
    </Box>
  );
}

/** A table's column headings. */
export function TableHead({ labels }: { labels: string[] }) {
  return (
    <Thead>
      <Tr>
        {labels.map((label) => (
          <Th key={label}>
            <Typography variant="sigma">{label}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}
