import { createTransport } from 'nodemailer';
import type { Config } from '../config.js';

/** A plain-text message: what every mail of the platform is. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Callers do not wait on delivery to answer (see `sendInBackground`). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Without SMTP the messages are written to the server's output, so that someone trying
 * QuartierLab on the embedded database can follow the links they carry.
 */
export const logMailer: Mailer = {
  send(message) {
    console.log(
      [
        '──── mail (SMTP_URL is unset: written here instead of sent) ────',
        `To: ${message.to}`,
        `Subject: ${message.subject}`,
        '',
        message.text,
        '────────────────────────────────────────────────────────────────',
      ].join('\n'),
    );
    return Promise.resolve();
  },
};

/** Mail through the SMTP server of SMTP_URL, from MAIL_FROM; the log when SMTP_URL is unset. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicOrigin'>): Mailer {
  if (!config.smtpUrl) return logMailer;
  if (!config.publicOrigin) {
    console.warn(
      'SMTP_URL is set but PUBLIC_ORIGIN is not: links in mail will follow the Origin each request claims. Set PUBLIC_ORIGIN.',
    );
  }
  const transport = createTransport(config.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: config.mailFrom, ...message });
    },
  };
}

/**
 * Hands a message to the mailer without making the request wait: an SMTP round trip would slow
 * the answer and could tell which kind of message was sent. A failure is logged.
 */
export function sendInBackground(mailer: Mailer, message: MailMessage): void {
  mailer.send(message).catch((error: unknown) => console.error('Mail to a user could not be sent:', error));
}

/**
 * The origin links in mail point to: PUBLIC_ORIGIN, else the origin the request came from (the
 * site names its own in the Origin header of its calls). Undefined when neither is a web origin.
 */
export function linkOrigin(publicOrigin: string | undefined, originHeader: string | undefined): string | undefined {
  if (publicOrigin) return publicOrigin;
  if (!originHeader) return undefined;
  try {
    const url = new URL(originHeader);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === originHeader
      ? url.origin
      : undefined;
  } catch {
    return undefined;
  }
}
