import { Client, fetchExchange, cacheExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

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
 * The browser's client: HTTP for queries and mutations, graphql-ws on the same origin for
 * subscriptions. The websocket retries forever (graphql-ws gives up after a few attempts by
 * default); what was missed while disconnected is caught up by sequence number.
 */
export function createBrowserClient(location: Location = window.location): Client {
  const wsUrl = new URL('/graphql', location.href);
  wsUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = createWsClient({
    url: wsUrl.href,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return new Client({
    url: new URL('/graphql', location.href).href,
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
