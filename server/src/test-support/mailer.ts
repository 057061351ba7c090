import type { MailMessage, Mailer } from '../mail/mailer.js';

/** Keeps what would have been sent, for tests to read. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];

  constructor(readonly origin = 'http://localhost:3000') {}

  send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    return Promise.resolve();
  }

  /** The messages sent to an address, oldest first. */
  to(address: string): MailMessage[] {
    return this.sent.filter((m) => m.to === address);
  }

  /** The last link of a message. */
  static linkIn(message: MailMessage | undefined): URL {
    const links = message?.text.match(/https?:\/\/\S+/g) ?? [];
    const link = links.at(-1);
    if (!link) throw new Error(`No link in ${JSON.stringify(message)}`);
    return new URL(link);
  }
}
