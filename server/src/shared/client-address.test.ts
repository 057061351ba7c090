import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { clientAddressHeader, clientAddressOf, internalHeader, internalSecret } from './client-address.js';

const request = (peer: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress: peer }, headers }) as unknown as IncomingMessage;
const proxies = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
const none = proxies('');

describe('the client address rate limits are keyed by', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    for (const forwarded of ['1.2.3.4', '1.2.3.4, 5.6.7.8', 'garbage', '']) {
      expect(clientAddressOf(request('203.0.113.9', { 'x-forwarded-for': forwarded }), none)).toBe('203.0.113.9');
      expect(clientAddressOf(request('127.0.0.1', { 'x-forwarded-for': forwarded }), none)).toBe('127.0.0.1');
    }
  });

  it('behind trusted proxies, is the first untrusted hop from the right', () => {
    const trusted = proxies('loopback, 10.0.0.0/8');
    // A client that writes its own X-Forwarded-For only adds hops to the left of the real one.
    const forged = request('127.0.0.1', { 'x-forwarded-for': '9.9.9.9, 198.51.100.7, 10.1.2.3' });
    expect(clientAddressOf(forged, trusted)).toBe('198.51.100.7');
    expect(clientAddressOf(request('::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.7' }), trusted)).toBe(
      '198.51.100.7',
    );
    expect(clientAddressOf(request('127.0.0.1', { 'x-forwarded-for': 'not-an-ip, 10.1.2.3' }), trusted)).toBe(
      '10.1.2.3',
    );
    // An untrusted peer's header is ignored even when it names a trusted address.
    expect(clientAddressOf(request('203.0.113.9', { 'x-forwarded-for': '10.1.2.3' }), trusted)).toBe('203.0.113.9');
  });

  it('is what the site in this process names, only with this process’s secret', () => {
    const named = { [clientAddressHeader]: '198.51.100.20' };
    expect(clientAddressOf(request('127.0.0.1', { ...named, [internalHeader]: internalSecret }), none)).toBe(
      '198.51.100.20',
    );
    for (const secret of ['', 'guess', internalSecret.slice(1), `${internalSecret}x`]) {
      expect(clientAddressOf(request('127.0.0.1', { ...named, [internalHeader]: secret }), none)).toBe('127.0.0.1');
    }
    expect(
      clientAddressOf(
        request('127.0.0.1', { [clientAddressHeader]: 'nonsense', [internalHeader]: internalSecret }),
        none,
      ),
    ).toBe('127.0.0.1');
  });

  it('TRUST_PROXY entries are validated', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY entry "10.0.0.0\/33"/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '::1, 192.168.0.0/16, loopback' })).not.toThrow();
  });
});
