import { describe, expect, it, vi } from 'vitest';
import { chosenFile, uploadImageFromForm } from './upload.server';

const url = new URL('http://localhost:3000/portraits/nouveau');
const image = { id: 'SW1hZ2U6MQ', width: 800, height: 600, url: '/media/images/1/640.webp' };
const answer = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body)));

describe('uploadImageFromForm', () => {
  it('relays the file as a GraphQL multipart request with the preflight header', async () => {
    const fetch = answer({ data: { uploadImage: { image, userErrors: [] } } });
    const file = new File([new Uint8Array([1, 2, 3])], 'photo.jpg', { type: 'image/jpeg' });
    expect(await uploadImageFromForm({ fetch, url }, file)).toEqual({ image });
    const [target, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(target).toBe('http://localhost:3000/graphql');
    expect(init.headers).toEqual({ 'apollo-require-preflight': 'true' });
    const form = init.body as FormData;
    expect(JSON.parse(form.get('operations') as string)).toMatchObject({ variables: { file: null } });
    expect(JSON.parse(form.get('operations') as string).query).toContain('uploadImage(file: $file)');
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.file'] });
    expect((form.get('0') as File).name).toBe('photo.jpg');
  });

  it('hands back what to fix in the file', async () => {
    const userErrors = [{ code: 'IMAGE_TYPE', field: 'file', message: 'Pas une image.' }];
    const fetch = answer({ data: { uploadImage: { image: null, userErrors } } });
    expect(await uploadImageFromForm({ fetch, url }, new File(['x'], 'a.jpg'))).toEqual({ failure: null, userErrors });
  });

  it('a refusal is a typed failure (signed out: UNAUTHENTICATED, 401)', async () => {
    const fetch = answer({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await uploadImageFromForm({ fetch, url }, new File(['x'], 'a.jpg'))).toEqual({
      failure: { status: 401, code: 'UNAUTHENTICATED' },
      userErrors: [],
    });
  });

  it('an API that does not answer is UNAVAILABLE', async () => {
    const fetch = vi.fn(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await uploadImageFromForm({ fetch, url }, new File(['x'], 'a.jpg'))).toEqual({
      failure: { status: 503, code: 'UNAVAILABLE' },
      userErrors: [],
    });
  });
});

describe('chosenFile', () => {
  it('is null when no file was chosen (an empty, nameless part) or the field is text', () => {
    const data = new FormData();
    data.set('none', new File([], ''));
    data.set('text', 'bonjour');
    data.set('image', new File(['x'], 'photo.png'));
    expect(chosenFile(data, 'none')).toBeNull();
    expect(chosenFile(data, 'text')).toBeNull();
    expect(chosenFile(data, 'missing')).toBeNull();
    expect(chosenFile(data, 'image')?.name).toBe('photo.png');
  });
});
