import type { CSSProperties, ReactNode } from 'react';
import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { render } from '@react-email/render';
import { Text } from '@react-email/text';
import { cleanText, SITE_NAME, type Locale } from '@mip/shared-types';

// The frame of every mail the platform sends to the public (react-email: tables and inline styles
// that mail programs understand, and a plain-text version made from the same markup). Colours are
// the site's.

export const COLOURS = { text: '#1b1b1f', muted: '#4a4f57', link: '#0b4f9c', accent: '#005a4e', border: '#c9ccd1' };

const styles = {
  body: { backgroundColor: '#f3f5f7', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  container: { backgroundColor: '#ffffff', padding: '24px', maxWidth: '600px', color: COLOURS.text },
  site: { fontSize: '14px', fontWeight: 600, color: COLOURS.accent, margin: '0 0 16px' },
  footer: { fontSize: '13px', color: COLOURS.muted, lineHeight: '20px' },
} satisfies Record<string, CSSProperties>;

export function MailFrame(props: { locale: Locale; preview: string; children: ReactNode; footer: ReactNode }) {
  return (
    <Html lang={props.locale}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.site}>{SITE_NAME[props.locale].full}</Text>
          {props.children}
          <Hr style={{ borderColor: COLOURS.border, margin: '24px 0 12px' }} />
          <Text style={styles.footer}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of a mail's body. */
export const TEXT = { fontSize: '16px', lineHeight: '24px', margin: '0 0 12px' } satisfies CSSProperties;
/** A mail's heading. */
export const HEADING = { fontSize: '22px', margin: '0 0 16px' } satisfies CSSProperties;

/** What a mail is about, by the site's own title for it, linked to its page when it has one. */
export function TitleLine(props: { title: string; url: string | null }) {
  return (
    <Text style={{ ...TEXT, fontWeight: 600 }}>
      {props.url ? (
        <Link href={props.url} style={{ color: COLOURS.link }}>
          {props.title}
        </Link>
      ) : (
        props.title
      )}
    </Text>
  );
}

/**
 * The double opt-in mail (alerts, responses, registrations): the only mail an address nobody has
 * confirmed gets. Who asked and about what (in the site's words, never the sender's), what
 * confirming does, the button; its footer says how long the link works.
 */
export function ConfirmMail(props: {
  locale: Locale;
  heading: string;
  intro: string;
  /** What it is about: a `TitleLine`, or more. */
  about: ReactNode;
  explanation?: string;
  confirmUrl: string;
  button: string;
  footer: ReactNode;
  /** After the button (a way to withdraw). */
  children?: ReactNode;
}) {
  return (
    <MailFrame locale={props.locale} preview={props.heading} footer={props.footer}>
      <Heading as="h1" style={HEADING}>
        {props.heading}
      </Heading>
      <Text style={TEXT}>{props.intro}</Text>
      {props.about}
      {props.explanation && <Text style={TEXT}>{props.explanation}</Text>}
      <Button
        href={props.confirmUrl}
        style={{ backgroundColor: COLOURS.accent, color: '#ffffff', padding: '12px 20px', fontWeight: 600 }}
      >
        {props.button}
      </Button>
      {props.children}
    </MailFrame>
  );
}

/** The mail's HTML and its plain-text version, from one element. */
export async function renderMail(element: ReactNode): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

/** A subject line: one line, no control or invisible characters (nodemailer encodes the rest). */
export const subjectLine = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim().slice(0, 200);
