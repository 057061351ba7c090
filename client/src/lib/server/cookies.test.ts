import { describe, expect, it } from 'vitest';
import { parseSetCookie } from './cookies';

describe('parseSetCookie', () => {
  it('reads the session cookie the API sets', () => {
    const cookie = parseSetCookie(
      'ql_session=abc.DEF-123_x; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000; Domain=127.0.0.1',
    );
    expect(cookie).toEqual({
      name: 'ql_session',
      value: 'abc.DEF-123_x',
      path: '/',
      httpOnly: true,
      secure: false,
      sameSite: 'lax',
      maxAge: 2592000,
    });
  });

  it('reads a cleared cookie', () => {
    const cookie = parseSetCookie('ql_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure');
    expect(cookie?.value).toBe('');
    expect(cookie?.secure).toBe(true);
    expect(cookie?.expires?.getTime()).toBe(0);
  });

  it('keeps "=" inside values and refuses a header without a name', () => {
    expect(parseSetCookie('t=a=b==; Path=/x')?.value).toBe('a=b==');
    expect(parseSetCookie('t=a; Path=/x')?.path).toBe('/x');
    expect(parseSetCookie('=nameless')).toBeNull();
    expect(parseSetCookie('')).toBeNull();
  });
});
