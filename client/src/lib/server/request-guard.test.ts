import { describe, expect, it } from 'vitest';
import { FORM_TEXT_MAX_BYTES, refusalResponse, refuseForm, refuseUrl } from './request-guard';

const at = (pathAndQuery: string) => new URL(pathAndQuery, 'http://127.0.0.1:3000');

describe('refuseUrl', () => {
  it.each([
    '/',
    '/portraits',
    '/portraits?q=social+lab&after=YXJyYXljb25uZWN0aW9uOjA%3D',
    '/territories/caf%C3%A9?q=%C3%A9t%C3%A9%20100%25',
    '/portraits?q=%F0%9F%8C%B1',
    '/stories/a%2Fb?x=%2F%2F',
    '/workshops?',
  ])('lets %s through', (path) => {
    expect(refuseUrl(at(path))).toBeNull();
  });

  it.each([
    '/%E0%A4%A',
    '/portraits/%',
    '/portraits/%G1',
    '/workshops?x=%ZZ',
    '/workshops?x=%',
    '/workshops?q=100%',
    '/portraits?q=%C3',
    '/portraits?q=%C3%28',
    '/portraits?q=%ED%A0%80', // a lone surrogate
    '/portraits?q=%F4%90%80%80', // beyond U+10FFFF
    '/portraits?q=%C0%AF', // an overlong "/"
    '/%FF',
  ])('refuses the malformed encoding of %s', (path) => {
    expect(refuseUrl(at(path))).toMatchObject({ status: 400, en: expect.stringMatching(/percent-encoding/) });
  });

  it.each([
    '/portraits%00',
    '/portraits/%00x',
    '/portraits?q=%00',
    '/portraits?%00=x',
    '/portraits?q=a%0Ab',
    '/portraits?q=%0d%0aSet-Cookie:%20x',
    '/portraits?q=%09',
    '/portraits?q=%1B[31m',
    '/portraits?q=%7F',
    '/portraits?q=%C2%85', // NEL, a C1 control
    '/portraits?q=%C2%9B',
  ])('refuses the control character in %s', (path) => {
    expect(refuseUrl(at(path))).toMatchObject({ status: 400, en: expect.stringMatching(/control character/) });
  });
});

const form = (body: BodyInit | null, contentType: string | null) =>
  new Request('http://127.0.0.1:3000/signin', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  });

const multipart = (boundary: string, parts: string) => form(parts, `multipart/form-data; boundary=${boundary}`);

describe('refuseForm', () => {
  it('lets forms through, and the action can still read the body', async () => {
    const encoded = form('email=a%40b.fr&password=x+y&body=line%0Aline%09tab', 'application/x-www-form-urlencoded');
    expect(await refuseForm(encoded)).toBeNull();
    expect((await encoded.formData()).get('body')).toBe('line\nline\ttab');

    const data = new FormData();
    data.set('displayName', 'Amina');
    data.set('photo', new Blob([new Uint8Array([0, 1, 2])]), 'photo.bin');
    const upload = new Request('http://127.0.0.1:3000/join', { method: 'POST', body: data });
    expect(await refuseForm(upload)).toBeNull();
    expect((await upload.formData()).get('displayName')).toBe('Amina');

    expect(await refuseForm(form('a=1', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8'))).toBeNull();
    expect(await refuseForm(form(null, 'application/x-www-form-urlencoded'))).toBeNull();
  });

  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/json',
    'application/x-sveltekit-formdata',
    'application/xml',
    'multipart/mixed; boundary=x',
    'application/x-www-form-urlencoded-evil',
    'garbage',
  ])('answers 415 to %s, naming the accepted types', async (type) => {
    const refusal = await refuseForm(form('email=a', type));
    expect(refusal).toMatchObject({ status: 415 });
    expect(refusal?.en).toContain('application/x-www-form-urlencoded or multipart/form-data');
    expect(refusal?.headers?.['accept-post']).toBe('application/x-www-form-urlencoded, multipart/form-data');
  });

  it('answers 415 to a POST without a content type', async () => {
    expect(await refuseForm(form(null, null))).toMatchObject({ status: 415 });
  });

  it.each([
    ['a body that is no multipart', multipart('xyz', 'hello')],
    ['a missing boundary', form('--xyz\r\n\r\n', 'multipart/form-data')],
    ['an empty body', multipart('xyz', '')],
    ['a wrong boundary', multipart('abc', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n')],
    ['a part without a name', multipart('xyz', '--xyz\r\nContent-Disposition: form-data\r\n\r\nb\r\n--xyz--\r\n')],
    ['a truncated part', multipart('xyz', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb')],
  ])('answers 400 to %s', async (_, request) => {
    expect(await refuseForm(request)).toMatchObject({ status: 400, en: expect.stringMatching(/not a valid form/) });
  });

  it('answers 400 to a NUL in a field, but not in a file', async () => {
    expect(await refuseForm(form('email=a%00b', 'application/x-www-form-urlencoded'))).toMatchObject({
      status: 400,
      en: expect.stringMatching(/NUL/),
    });
    expect(await refuseForm(form('e%00mail=ab', 'application/x-www-form-urlencoded'))).toMatchObject({ status: 400 });
    expect(
      await refuseForm(
        multipart('xyz', '--xyz\r\nContent-Disposition: form-data; name="body"\r\n\r\nb\u0000c\r\n--xyz--\r\n'),
      ),
    ).toMatchObject({ status: 400, en: expect.stringMatching(/NUL/) });
  });

  it('answers 413 to a form whose text is over the limit, whatever its encoding, but not to a large file', async () => {
    const text = 'x'.repeat(FORM_TEXT_MAX_BYTES);
    expect(await refuseForm(form(`displayName=${text}`, 'application/x-www-form-urlencoded'))).toMatchObject({
      status: 413,
    });
    const unlabelled = new Request('http://127.0.0.1:3000/join', {
      method: 'POST',
      body: new Blob([`displayName=${text}`]).stream(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    expect(await refuseForm(unlabelled)).toMatchObject({ status: 413 });
    const field = `--xyz\r\nContent-Disposition: form-data; name="body"\r\n\r\n${text}\r\n--xyz--\r\n`;
    expect(await refuseForm(multipart('xyz', field))).toMatchObject({ status: 413 });
    const file =
      '--xyz\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n' +
      `${text}${text}\r\n--xyz\r\nContent-Disposition: form-data; name="alt"\r\n\r\nUne façade\r\n--xyz--\r\n`;
    expect(await refuseForm(multipart('xyz', file))).toBeNull();
  });

  it('answers 413 when the body is cut at the size limit', async () => {
    const tooLarge = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), { status: 413 });
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('body=aaaa'));
        controller.error(tooLarge);
      },
    });
    const request = new Request('http://127.0.0.1:3000/join', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      duplex: 'half',
    } as RequestInit);
    expect(await refuseForm(request)).toMatchObject({ status: 413 });
  });
});

describe('refusalResponse', () => {
  it('is a short plain page, French first, that repeats nothing of the request', async () => {
    const refusal = refuseUrl(at('/portraits?q=%3Cscript%3E%00'));
    expect(refusal).not.toBeNull();
    const response = refusalResponse(refusal!);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text.indexOf('Adresse invalide')).toBe(0);
    expect(text).toContain('Invalid address');
    expect(text).not.toContain('script');
  });

  it('names the accepted types in Accept-Post on a 415', async () => {
    const response = refusalResponse((await refuseForm(form('x', 'text/plain')))!);
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-post')).toBe('application/x-www-form-urlencoded, multipart/form-data');
  });
});
