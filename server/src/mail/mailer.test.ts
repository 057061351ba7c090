import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMailer, linkOrigin, logMailer, sendInBackground, type Mailer } from './mailer.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('linkOrigin', () => {
  it('prefers PUBLIC_ORIGIN, then the origin the request names, and nothing else', () => {
    expect(linkOrigin('https://quartierlab.example.fr', 'https://evil.example')).toBe('https://quartierlab.example.fr');
    expect(linkOrigin(undefined, 'http://localhost:3000')).toBe('http://localhost:3000');
    for (const header of [
      undefined,
      '',
      'null',
      'javascript:alert(1)',
      'https://host.example/path',
      'ftp://host.example',
    ]) {
      expect(linkOrigin(undefined, header), String(header)).toBeUndefined();
    }
  });
});

describe('mailers', () => {
  it('writes mail to the output when SMTP_URL is unset, link included', async () => {
    const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'QuartierLab <x@y.z>', publicOrigin: undefined });
    expect(mailer).toBe(logMailer);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await mailer.send({ to: 'nora@example.org', subject: 'Objet', text: 'https://example.org/signup/confirm?token=t' });
    const printed = String(log.mock.calls[0]?.[0]);
    expect(printed).toContain('To: nora@example.org');
    expect(printed).toContain('Subject: Objet');
    expect(printed).toContain('https://example.org/signup/confirm?token=t');
  });

  it('sends through SMTP when SMTP_URL is set, and warns when links would follow the request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mailer = createMailer({
      smtpUrl: 'smtp://127.0.0.1:1',
      mailFrom: 'QuartierLab <x@y.z>',
      publicOrigin: undefined,
    });
    expect(mailer).not.toBe(logMailer);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/PUBLIC_ORIGIN/);
    // Nothing listens on port 1: the SMTP transport really tried.
    await expect(mailer.send({ to: 'nora@example.org', subject: 's', text: 't' })).rejects.toThrow();
  });

  it('logs a failed delivery instead of failing the request', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP down')) };
    sendInBackground(failing, { to: 'nora@example.org', subject: 's', text: 't' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(String(error.mock.calls[0]?.[1])).toMatch(/SMTP down/);
  });
});
