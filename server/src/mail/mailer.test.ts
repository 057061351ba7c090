import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { createMailer, sendInBackground, type Mailer } from './mailer.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mailers', () => {
  it('writes mail to the output when SMTP_URL is unset, link included', async () => {
    const mailer = createMailer({
      smtpUrl: undefined,
      mailFrom: 'QuartierLab <x@y.z>',
      publicOrigin: undefined,
      port: 3000,
    });
    expect(mailer.origin).toBe('http://localhost:3000');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await mailer.send({ to: 'nora@example.org', subject: 'Objet', text: 'https://example.org/signup/confirm?token=t' });
    const printed = String(log.mock.calls[0]?.[0]);
    expect(printed).toContain('To: nora@example.org');
    expect(printed).toContain('Subject: Objet');
    expect(printed).toContain('https://example.org/signup/confirm?token=t');
  });

  it('links to PUBLIC_ORIGIN, never to what a request says, and production requires it with SMTP', () => {
    const mailer = createMailer({
      smtpUrl: undefined,
      mailFrom: 'x@y.z',
      publicOrigin: 'https://ql.example',
      port: 3000,
    });
    expect(mailer.origin).toBe('https://ql.example');
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example' })).toThrow(
      /PUBLIC_ORIGIN must be set/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example', PUBLIC_ORIGIN: 'https://ql.example' }),
    ).not.toThrow();
  });

  it('sends through SMTP when SMTP_URL is set', async () => {
    const mailer = createMailer({
      smtpUrl: 'smtp://127.0.0.1:1',
      mailFrom: 'QuartierLab <x@y.z>',
      publicOrigin: 'https://ql.example',
      port: 3000,
    });
    // Nothing listens on port 1: the SMTP transport really tried.
    await expect(mailer.send({ to: 'nora@example.org', subject: 's', text: 't' })).rejects.toThrow();
  });

  it('logs a failed delivery instead of failing the request', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: Mailer = { origin: 'http://localhost:3000', send: () => Promise.reject(new Error('SMTP down')) };
    sendInBackground(failing, { to: 'nora@example.org', subject: 's', text: 't' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(String(error.mock.calls[0]?.[1])).toMatch(/SMTP down/);
  });
});
