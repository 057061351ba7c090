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
  /**
   * Where links in mail point: PUBLIC_ORIGIN, or this machine. Never what a request claims (its
   * Origin or Host header): a forged one would send people, with their token, to another site.
   */
  readonly origin: string;
  send(message: MailMessage): Promise<void>;
}

/**
 * Without SMTP the messages are written to the server's output, so that someone trying
 * QuartierLab on the embedded database can follow the links they carry.
 */
export const logMailer = (origin: string): Mailer => ({
  origin,
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
});

/** Mail through the SMTP server of SMTP_URL, from MAIL_FROM; the log when SMTP_URL is unset. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicOrigin' | 'port'>): Mailer {
  const origin = config.publicOrigin ?? `http://localhost:${config.port}`;
  if (!config.smtpUrl) return logMailer(origin);
  const transport = createTransport(config.smtpUrl);
  return {
    origin,
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
