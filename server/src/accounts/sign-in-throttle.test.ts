import { describe, expect, it } from 'vitest';
import { clientOf, throttleKeys } from './sign-in-throttle.js';

describe('clientOf', () => {
  it('is the address for IPv4, and the /64 for IPv6 whatever its spelling', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    for (const address of [
      '2001:db8:0:1::1',
      '2001:0db8:0000:0001:ffff:ffff:ffff:ffff',
      '2001:DB8:0:1:a::',
      '2001:db8:0:1::5%eth0',
    ]) {
      expect(clientOf(address), address).toBe('2001:db8:0:1::/64');
    }
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('2001:db8:0:2::1')).not.toBe(clientOf('2001:db8:0:1::1'));
  });

  it('keys a pair and a client without storing the address', () => {
    const keys = throttleKeys('nora@example.org', '2001:db8:0:1::1');
    expect(keys).toEqual(throttleKeys('nora@example.org', '2001:db8:0:1::2'));
    expect(JSON.stringify(keys)).not.toMatch(/2001|nora/);
  });
});
