import type { CSSProperties, ReactNode } from 'react';
import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
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

/** The mail's HTML and its plain-text version, from one element. */
export async function renderMail(element: ReactNode): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

/** A subject line: one line, no control or invisible characters (nodemailer encodes the rest). */
export const subjectLine = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim().slice(0, 200);
