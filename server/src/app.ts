import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HeaderMap } from '@apollo/server';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createContext } from './context.js';
import { noRequest, type Context, type RequestInfo } from './shared/context.js';
import { capResponse, capResult, checkOperation, documentProblem, documentRules, limits } from './shared/limits.js';
import { createApollo } from './apollo.js';
import { formatError, isUnavailable, unavailable } from './shared/errors.js';
import { clientAddressHeader, clientAddressOf, fromTrustedProxy, internalSecret } from './shared/client-address.js';
import { SessionWatch } from './accounts/session-watch.js';
import { createMailer } from './mail/mailer.js';
import { anonymous, type Viewer } from './shared/viewer.js';
import { readSessionToken, viewerOfToken } from './accounts/session.service.js';
import type { LiveHub } from './live/live.hub.js';
import { sharedExecution } from './live/shared-execution.js';
import { nextMessageStart, payloadOnce, sendNext, SharedPayloadSocket } from './live/socket-frames.js';
import type { Locale } from './shared/payload.js';
import { isMultipart, readMultipartOperation } from './media/image.upload.js';
import { serveImage } from './media/image.http.js';
import { mediaPrefix } from './media/image.paths.js';
import { imageLimits } from './media/image.inputs.js';
import { startImageSweep } from './media/image.sweep.js';

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
  // The site's server-side requests to /graphql go straight to this process, naming the visitor
  // with a secret only this process knows; the visitor's address is the one computed here.
  process.env.QUARTIERLAB_INTERNAL_ORIGIN = `http://127.0.0.1:${config.port}`;
  process.env.QUARTIERLAB_INTERNAL_SECRET = internalSecret;
  process.env.ADDRESS_HEADER = clientAddressHeader;
  // adapter-node needs the public origin for its CSRF check and cookie flags. Behind a proxy it
  // is PUBLIC_ORIGIN, or the proxy's X-Forwarded-Proto; on a direct connection it is plain http
  // (set per request below), not the https adapter-node assumes.
  // A form may carry an image (relayed to the API, which checks it): adapter-node's 512 KB default would refuse it.
  process.env.BODY_SIZE_LIMIT = String(imageLimits.maxBytes + 1024 * 1024);
  if (config.publicOrigin) process.env.ORIGIN = config.publicOrigin;
  else process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  const site = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
  return site.handler;
}

/** French first: English only when it is the first language asked for. */
const localeOf = (acceptLanguage: string | undefined): Locale => (/^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'fr');

/** Headers of every answer: no sniffing, and HTTPS only once the site is served over it. */
function securityHeaders(res: ServerResponse, config: Config) {
  res.setHeader('x-content-type-options', 'nosniff');
  if (config.publicOrigin?.startsWith('https:')) {
    res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
}

export async function createApp(config: Config, orm: MikroORM, schema: GraphQLSchema, live: LiveHub): Promise<App> {
  const apollo = createApollo(schema, { introspection: config.introspection, enforceCost: true });
  await apollo.start();
  const addressOf = (req: IncomingMessage) => clientAddressOf(req, config.trustProxy);
  const mail = createMailer(config);
  const site = await loadSite(config);
  const imageSweep = startImageSweep(orm);
  if (!site) console.warn(`No built site in ${config.clientBuildDir}: serving the API only (run \`npm run build\`).`);

  /** The database is read before Apollo runs anything: its outage must not show as an internal error. */
  const viewerOrUnavailable = async (token: string | undefined): Promise<Viewer> => {
    try {
      return await viewerOfToken(orm.em.getKnex(), token);
    } catch (error) {
      if (isUnavailable(error)) throw unavailable();
      throw error;
    }
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    // An image upload (GraphQL multipart request): its file streams on to the resolver. Apollo's
    // CSRF check still applies (multipart is a "simple" type: it takes `apollo-require-preflight`).
    if (isMultipart(req)) {
      const read = await readMultipartOperation(req, res, limits.maxHttpBodyBytes);
      if ('status' in read) {
        return sendJson(res, read.status, { errors: [{ message: read.message, extensions: { code: 'BAD_REQUEST' } }] });
      }
      body = read.body;
    } else if (req.method === 'POST') {
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
    const query =
      req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get('query');
    const problem = typeof query === 'string' ? documentProblem(query) : null;
    if (problem) return sendJson(res, 400, { errors: [problem.toJSON()] });
    const cookies: string[] = [];
    const sessionToken = readSessionToken(req.headers.cookie);
    const request: RequestInfo = {
      ip: addressOf(req),
      locale: localeOf(req.headers['accept-language']),
      sessionToken,
      secureCookies: config.publicOrigin?.startsWith('https:') ?? false,
      setCookie: (header) => cookies.push(header),
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(orm.em, await viewerOrUnavailable(sessionToken), live, request, mail),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (cookies.length > 0) res.setHeader('set-cookie', cookies);
    // Answers depend on the session cookie: no cache may keep one.
    res.setHeader('cache-control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const answer = capResponse(response.body.string);
      if (answer.status) res.statusCode = answer.status;
      res.end(answer.body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    securityHeaders(res, config);
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
    if (pathname === '/graphql') {
      // An upload refused halfway (too large, not an image) is answered at once; closing the
      // connection after the answer leaves the rest of its body unread.
      if (isMultipart(req)) res.setHeader('connection', 'close');
      return void handleGraphQL(req, res).catch(fail);
    }
    if (pathname?.startsWith(mediaPrefix)) {
      const viewerOf = () => viewerOrUnavailable(readSessionToken(req.headers.cookie));
      return void serveImage(req, res, orm.em.getKnex(), viewerOf).catch(fail);
    }
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      return void orm.em
        .getConnection()
        .execute('select 1')
        .then(() => sendJson(res, 200, { status: 'ready' }))
        .catch(() => sendJson(res, 503, { status: 'database unavailable' }));
    }
    if (site) {
      // adapter-node builds the page's origin from this header when PUBLIC_ORIGIN is unset: a
      // client's own value would change the origin (and break the CSRF check); only a trusted
      // proxy says whether the visitor came over https.
      const proto = req.headers['x-forwarded-proto'];
      const believed = fromTrustedProxy(req, config.trustProxy) && (proto === 'https' || proto === 'http');
      req.headers['x-forwarded-proto'] = believed ? proto : 'http';
      // Whatever the request said, the site reads the address computed here (adapter-node's ADDRESS_HEADER).
      req.headers[clientAddressHeader] = addressOf(req);
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
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxSocketMessageBytes,
    WebSocket: SharedPayloadSocket,
  });
  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const origin = req.headers.origin;
    if (pathname !== '/graphql' || !originAllowed(origin, req.headers.host)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      wss.emit('connection', ws, req);
      // ws reports a client's protocol faults (a frame over maxPayload, invalid UTF-8) as socket
      // errors after closing with the right code (1009, 1007); graphql-ws would log each as an
      // internal error. Nothing is left to do but let the socket go.
      ws.removeAllListeners('error');
      ws.on('error', () => undefined);
    });
  });
  const sessions = new SessionWatch(orm.em.getKnex(), live);
  const rules = documentRules({ introspection: config.introspection });
  const shared = sharedExecution(live.kinds.shareable);
  // Same masking as HTTP: resolver errors go through the one formatError, and so do the errors of
  // a stream that fails while it runs.
  const answerOf = (result: ExecutionResult) => {
    const answer = capResult(result);
    return answer.errors ? { ...answer, errors: answer.errors.map((e) => formatError(e.toJSON(), e)) } : answer;
  };
  const wsCleanup = useServer<
    Record<string, unknown>,
    { viewer?: Viewer; ip?: string; socketId?: string; socket: WebSocket }
  >(
    {
      schema,
      // Close reasons never carry internal messages, whatever NODE_ENV says.
      isProd: true,
      // A result shared by many subscribers is serialised once for all of them.
      jsonMessageReplacer: payloadOnce,
      // The session is read when the socket opens (the upgrade request carries the cookie); the
      // session watch closes the socket when that session ends or its rights change.
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request.headers.cookie);
        try {
          ctx.extra.viewer = await viewerOfToken(orm.em.getKnex(), token);
        } catch (error) {
          if (!isUnavailable(error)) throw error;
          console.error(`Websocket refused, database unavailable: ${(error as Error).message}`);
          // "Forbidden": the client tries again later, by which time the database may be back.
          return false;
        }
        ctx.extra.ip = addressOf(ctx.extra.request);
        ctx.extra.socketId = randomUUID();
        sessions.watch(ctx.extra.socket, ctx.extra.viewer);
        return true;
      },
      onClose: (ctx) => sessions.forget(ctx.extra.socket),
      subscribe: shared.subscribe,
      // graphql-ws bypasses Apollo's pipeline: the same parse, validation and cost limits run here,
      // and a document over a limit fails its own operation, not the connection.
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already registered the one being started.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(
              `A connection may hold ${limits.maxSubscriptionsPerSocket} subscriptions at most: complete one first.`,
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
            ),
          ];
        }
        const checked = checkOperation(schema, rules, payload, !config.introspection);
        if ('errors' in checked) return [...checked.errors];
        return {
          schema,
          document: checked.document,
          variableValues: payload.variables,
          operationName: payload.operationName,
        };
      },
      context: (ctx, id, _payload, args): Context => {
        let execution: ExecutionArgs | undefined;
        let messageStart: Buffer | undefined;
        const context = createContext(
          orm.em,
          ctx.extra.viewer ?? anonymous,
          live,
          {
            ...noRequest,
            ip: ctx.extra.ip ?? 'unknown',
            locale: localeOf(ctx.extra.request.headers['accept-language']),
            socketId: ctx.extra.socketId,
            // Live events reach a waiting subscriber straight from the fan-out (stream.follow.ts).
            push: (event) =>
              sendNext(
                ctx.extra.socket,
                (messageStart ??= nextMessageStart(id)),
                shared.resultOf((execution ??= { ...args, contextValue: context }), event),
                answerOf,
              ),
          },
          mail,
        );
        return context;
      },
      onNext: (_ctx, _id, _payload, _args, result) => answerOf(result),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );

  return {
    server,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      sessions.close();
      imageSweep.stop();
      await wsCleanup.dispose();
      await apollo.stop();
      server.closeAllConnections();
      await closed;
    },
  };
}
