import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HeaderMap } from '@apollo/server';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext, noRequest, type Context, type RequestInfo } from './context.js';
import { limits } from './shared/limits.js';
import { createApollo, validationRules } from './apollo.js';
import { formatError } from './shared/errors.js';
import { anonymous, type Viewer } from './shared/viewer.js';
import { readSessionToken, viewerOfToken } from './accounts/session.service.js';
import type { LiveHub } from './live/live.hub.js';
import { subscribeShared } from './live/shared-execution.js';
import type { Locale } from './shared/payload.js';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface App {
  server: Server;
  /** Stops taking requests, closes sockets and drains in-flight operations. */
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Loads the SvelteKit site built by adapter-node, when it has been built. */
async function loadSite(config: Config): Promise<NodeHandler | null> {
  const file = path.join(config.clientBuildDir, 'handler.js');
  if (!existsSync(file)) return null;
  // The site's server-side requests to /graphql go straight to this process.
  process.env.QUARTIERLAB_INTERNAL_ORIGIN = `http://127.0.0.1:${config.port}`;
  // adapter-node needs the public origin for its CSRF check and cookie flags. Behind a proxy it
  // is PUBLIC_ORIGIN, or the proxy's X-Forwarded-Proto; on a direct connection it is plain http
  // (set per request below), not the https adapter-node assumes.
  if (config.publicOrigin) process.env.ORIGIN = config.publicOrigin;
  else process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  const site = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
  return site.handler;
}

/** French first: English only when it is the first language asked for. */
const localeOf = (acceptLanguage: string | undefined): Locale => (/^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'fr');

/** The client's address: the socket's, or the first hop of X-Forwarded-For behind our proxy. */
function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

export async function createApp(config: Config, orm: MikroORM, schema: GraphQLSchema, live: LiveHub): Promise<App> {
  const apollo = createApollo(schema);
  await apollo.start();
  const site = await loadSite(config);
  if (!site) console.warn(`No built site in ${config.clientBuildDir}: serving the API only (run \`npm run build\`).`);

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, limits.maxHttpBodyBytes);
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return sendJson(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const cookies: string[] = [];
    const sessionToken = readSessionToken(req.headers.cookie);
    const request: RequestInfo = {
      // Server-side rendering calls us from 127.0.0.1 and forwards the browser's address.
      ip: clientIp(req, req.socket.remoteAddress === '127.0.0.1'),
      locale: localeOf(req.headers['accept-language']),
      sessionToken,
      secureCookies: config.publicOrigin?.startsWith('https:') ?? false,
      setCookie: (header) => cookies.push(header),
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(orm.em, await viewerOfToken(orm.em.getKnex(), sessionToken), live, request),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (cookies.length > 0) res.setHeader('set-cookie', cookies);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const fail = (error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        // Answer at once, discard the rest of the upload, and drop the connection afterwards.
        res.setHeader('connection', 'close');
        req.resume();
        return sendJson(res, 413, {
          errors: [{ message: `The request body exceeds ${limits.maxHttpBodyBytes} bytes.` }],
        });
      }
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    };
    if (pathname === '/graphql') return void handleGraphQL(req, res).catch(fail);
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      return void orm.em
        .getConnection()
        .execute('select 1')
        .then(() => sendJson(res, 200, { status: 'ready' }))
        .catch(() => sendJson(res, 503, { status: 'database unavailable' }));
    }
    if (site) {
      req.headers['x-forwarded-proto'] ??= 'http';
      return site(req, res, () => sendJson(res, 404, { error: 'Not found' }));
    }
    sendJson(res, 404, { error: 'Not found' });
  });

  // Browsers send cookies with websocket upgrades whatever the page: only same-origin pages (or
  // the configured public origin) may connect. Clients that send no Origin are not browsers.
  const originAllowed = (origin: string | undefined, host: string | undefined) => {
    if (origin === undefined) return true;
    if (origin === config.publicOrigin) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxSocketMessageBytes });
  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const origin = req.headers.origin;
    if (pathname !== '/graphql' || !originAllowed(origin, req.headers.host)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      // graphql-ws bypasses Apollo's pipeline: apply the same parse and validation limits here.
      parse: (source) => parse(source, { maxTokens: limits.maxTokens }),
      validate: (s, document) => validate(s, document, [...specifiedRules, ...validationRules]),
      // The session is read once, when the socket opens (the upgrade request carries the cookie).
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request.headers.cookie);
        ctx.extra.viewer = await viewerOfToken(orm.em.getKnex(), token);
        return true;
      },
      subscribe: subscribeShared,
      onSubscribe: (ctx) => {
        // graphql-ws has already registered the one being started.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(
              `A connection may hold ${limits.maxSubscriptionsPerSocket} subscriptions at most: complete one first.`,
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
            ),
          ];
        }
      },
      context: (ctx): Context =>
        createContext(orm.em, ctx.extra.viewer ?? anonymous, live, {
          ...noRequest,
          locale: localeOf(ctx.extra.request.headers['accept-language']),
        }),
      // Same masking as HTTP: resolver errors go through the one formatError.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : result,
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) console.error(error);
      },
    },
    wss,
  );

  return {
    server,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await wsCleanup.dispose();
      await apollo.stop();
      server.closeAllConnections();
      await closed;
    },
  };
}
