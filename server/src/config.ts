import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import { repoRoot } from './shared/paths.js';

/**
 * The only reader of process.env. Every variable is validated once at start; a bad value stops
 * the process with a message naming each variable that is wrong, so nobody debugs a half-started
 * server.
 */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database, used when `databaseUrl` is absent. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Public origin of the site, used to check the `Origin` of websocket upgrades. */
  publicOrigin: string | undefined;
  /** Seed an empty database on first start. */
  seedOnStart: boolean;
  /** Built SvelteKit site (adapter-node output); served when it exists. */
  clientBuildDir: string;
  /** Redis carrying live events between processes; unset for a single process. */
  redisUrl: string | undefined;
  /**
   * Proxies whose `X-Forwarded-For` is believed (TRUST_PROXY); empty: the socket's address is the
   * client's, whatever the request says.
   */
  trustProxy: BlockList;
  /** The names TRUST_PROXY gave, for messages. */
  trustProxyText: string;
  /** Outgoing mail (smtp:// or smtps://); unset: messages are written to the log instead. */
  smtpUrl: string | undefined;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /** GraphQL introspection: on in development, off in production unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /** `NODE_ENV=production`: messages and limits for a public instance. */
  production: boolean;
  /** Names this deployment's live channels on a shared Redis; unset: generated once and kept in the database. */
  instanceId: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  // npm runs workspace scripts inside the workspace folder; relative paths are meant from where
  // the person typed the command.
  const base = env.INIT_CWD ?? cwd;
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = str(name);
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes'].includes(value)) return true;
    if (['0', 'false', 'no'].includes(value)) return false;
    problems.push(`${name}="${value}" must be true or false`);
    return fallback;
  };

  const portText = str('PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) {
    problems.push(`PORT="${portText}" must be a whole number between 0 and 65535`);
  }

  const databaseUrl = str('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgresql:// (or leave it unset for the embedded database)');
  }
  const publicOrigin = str('PUBLIC_ORIGIN');
  if (publicOrigin !== undefined) {
    try {
      const url = new URL(publicOrigin);
      if (url.origin !== publicOrigin.replace(/\/$/, '')) throw new Error('not an origin');
    } catch {
      problems.push(`PUBLIC_ORIGIN="${publicOrigin}" must be an origin such as https://quartierlab.example.fr`);
    }
  }

  const redisUrl = str('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push('REDIS_URL must start with redis:// or rediss:// (or leave it unset for a single process)');
  }

  const trustProxyText = str('TRUST_PROXY') ?? '';
  const trustProxy = new BlockList();
  for (const entry of trustProxyText
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    if (entry === 'loopback') {
      trustProxy.addSubnet('127.0.0.0', 8, 'ipv4');
      trustProxy.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > maxBits))) {
      problems.push(
        `TRUST_PROXY entry "${entry}" must be an IP address, a CIDR range (10.0.0.0/8) or "loopback", separated by commas`,
      );
      continue;
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) trustProxy.addAddress(address, type);
    else trustProxy.addSubnet(address, prefix, type);
  }

  const smtpUrl = str('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push('SMTP_URL must start with smtp:// or smtps:// (or leave it unset to write mail to the log)');
  }
  const instanceId = str('INSTANCE_ID');
  if (instanceId !== undefined && !/^[A-Za-z0-9_-]{8,64}$/.test(instanceId)) {
    problems.push('INSTANCE_ID must be 8 to 64 letters, digits, "-" or "_"');
  }
  const production = str('NODE_ENV') === 'production';
  if (production && smtpUrl !== undefined && publicOrigin === undefined) {
    problems.push(
      'PUBLIC_ORIGIN must be set when SMTP_URL is: links in mail point to it, never to what a request claims',
    );
  }

  const config: Config = {
    port,
    host: str('HOST') ?? '0.0.0.0',
    dataDir: path.resolve(base, str('DATA_DIR') ?? '.data'),
    databaseUrl,
    publicOrigin: publicOrigin?.replace(/\/$/, ''),
    seedOnStart: bool('SEED_ON_START', true),
    clientBuildDir: path.resolve(base, str('CLIENT_BUILD_DIR') ?? path.join(repoRoot, 'client/build')),
    redisUrl,
    trustProxy,
    trustProxyText,
    smtpUrl,
    mailFrom: str('MAIL_FROM') ?? 'QuartierLab <no-reply@quartierlab.localhost>',
    introspection: bool('GRAPHQL_INTROSPECTION', !production),
    production,
    instanceId,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
