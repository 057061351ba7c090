import type { RequestEvent } from '@sveltejs/kit';
import { CombinedError } from '@urql/core';
import { print, type GraphQLError } from 'graphql';
import { graphql } from '$lib/graphql/generated';
import type { UploadImageMutation } from '$lib/graphql/generated/graphql';
import { API_ERROR_CODES, type ApiErrorCode, type FieldError } from '$lib/forms';
import { statusOf, type ApiFailure } from '$lib/server/graphql';

const UploadImage = graphql(`
  mutation UploadImage($file: Upload!) {
    uploadImage(file: $file) {
      image {
        id
        width
        height
        url(width: 640)
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export type UploadedImage = NonNullable<UploadImageMutation['uploadImage']['image']>;

/** Sent: the image as stored. Refused: why (a typed failure, or what to fix in the file). */
export type UploadOutcome =
  | { image: UploadedImage; failure?: undefined; userErrors?: undefined }
  | { image?: undefined; failure: ApiFailure | null; userErrors: FieldError[] };

/** The file a form's file input sent, or null when none was chosen (browsers then send an empty, nameless part). */
export function chosenFile(data: FormData, name: string): File | null {
  const value = data.get(name);
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

/**
 * Relays a form's file to the API as a GraphQL multipart request (`uploadImage`), as the visitor:
 * `handleFetch` adds their session. The API checks the bytes; its user errors (field `file`) come
 * back for the form to show, worded in the page's language.
 */
export async function uploadImageFromForm(
  event: Pick<RequestEvent, 'fetch' | 'url'>,
  file: File,
): Promise<UploadOutcome> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: print(UploadImage), variables: { file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file, file.name || 'image');
  let body: { data?: UploadImageMutation | null; errors?: GraphQLError[] };
  try {
    const response = await event.fetch(`${event.url.origin}/graphql`, {
      method: 'POST',
      // Apollo's CSRF prevention: a multipart request names itself as not a plain cross-site form.
      headers: { 'apollo-require-preflight': 'true' },
      body: form,
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    console.error(`Image upload on ${event.url.pathname}: ${(error as Error).message}`);
    return { failure: { status: 503, code: 'UNAVAILABLE' }, userErrors: [] };
  }
  if (body.errors?.length) {
    const status = statusOf(new CombinedError({ graphQLErrors: body.errors }));
    const code = body.errors[0]?.extensions?.['code'];
    const known = (API_ERROR_CODES as readonly unknown[]).includes(code);
    console.error(`Image upload ${status} on ${event.url.pathname}: ${body.errors[0]?.message}`);
    return {
      failure: known ? { status, code: code as ApiErrorCode } : { status: 503, code: 'UNAVAILABLE' },
      userErrors: [],
    };
  }
  const payload = body.data?.uploadImage;
  if (!payload) return { failure: { status: 503, code: 'UNAVAILABLE' }, userErrors: [] };
  if (payload.image && payload.userErrors.length === 0) return { image: payload.image };
  return { failure: null, userErrors: payload.userErrors };
}
