import { Client, fetchExchange } from '@urql/core';

/**
 * A client for one server-side request. It is never shared: each SSR request gets its own
 * (no cache at all), and it fetches through SvelteKit's `event.fetch`, whose `handleFetch`
 * hook sends `/graphql` to the API process and forwards the visitor's cookies.
 */
export function createServerClient(event: { fetch: typeof fetch; url: URL }): Client {
  return new Client({
    url: `${event.url.origin}/graphql`,
    fetch: event.fetch,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    // POST with a JSON body: Apollo's CSRF protection rejects simple GET requests.
    preferGetMethod: false,
  });
}

/**
 * The browser's client, for the few reads a live page makes after it was drawn (the console's
 * moderation log). Live events do not go through urql: `$lib/live` follows them over graphql-ws,
 * resuming after the last sequence number on every reconnection.
 */
export function createBrowserClient(location: Location = window.location): Client {
  return new Client({
    url: new URL('/graphql', location.href).href,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    exchanges: [fetchExchange],
  });
}
