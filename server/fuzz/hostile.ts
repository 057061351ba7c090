// Hostile values: what an attacker (or a broken client) puts where the API expects an id, a
// cursor, a number or some text. Each list mixes plausible values (they reach the resolvers and
// the database) with ones the server must refuse cleanly.
import type { Rng } from './prng.js';

/** Real values read from the running server at start, so that forged ones look genuine. */
export interface Corpus {
  /** Global ids seen in answers, by type name ("Workshop" → [...]). */
  idsByType: Map<string, string[]>;
  slugs: string[];
  /** `cursor` / `endCursor` values seen in answers. */
  cursors: string[];
  joinCodes: string[];
  workshopSlugs: string[];
}

export const emptyCorpus = (): Corpus => ({
  idsByType: new Map(),
  slugs: [],
  cursors: [],
  joinCodes: [],
  workshopSlugs: [],
});

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64url');
const UUID_ZERO = '00000000-0000-0000-0000-000000000000';
const UUID_MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** Strings that break naive code: NUL, lone surrogates, huge, markup, SQL, path tricks. */
export function hostileString(rng: Rng): string {
  switch (rng.int(0, 27)) {
    case 0:
      return '\u0000';
    case 1:
      return `fuzz\u0000${rng.int(0, 999)}`;
    case 2:
      return '\ud800';
    case 3:
      return `a\udfffb`;
    case 4:
      return 'x'.repeat(100_000);
    case 5:
      return '𝕏'.repeat(rng.pick([300, 5000, 30_000]));
    case 6:
      return '';
    case 7:
      return ' \t\r\n ';
    case 8:
      return "' OR 1=1 --";
    case 9:
      return '<script>alert(1)</script><img src=x onerror=alert(1)>';
    case 10:
      return '../../../../etc/passwd';
    case 11:
      return '%00%ZZ%';
    case 12:
      return '__proto__';
    case 13:
      return '\u202e\ufeff\uffff\u200b';
    case 14:
      return 'e\u0301'.repeat(2000);
    case 15:
      return '{'.repeat(5000);
    case 16:
      // Regular expressions for e-mail addresses are a classic ReDoS target.
      return `${'a'.repeat(20_000)}@${'a-'.repeat(5000)}`;
    case 17:
      return '@'.repeat(10_000);
    case 18:
      return 'null';
    case 19:
      return `${'\\'.repeat(1000)}"`;
    case 20:
      return `${'a'.repeat(rng.pick([1, 59, 60, 61, 256, 257, 2000, 2001, 10_001]))}`;
    case 21:
      return '\u0000'.repeat(1000);
    case 22:
      return 'DEMO42';
    case 23:
      return `coordinatrice@demo.quartierlab.fr\u0000`;
    case 24:
      return '*'.repeat(3) + '%_%';
    case 25:
      return String.fromCharCode(...Array.from({ length: 64 }, () => rng.int(1, 0xffff)));
    case 26:
      return `${'[x]('.repeat(2000)}javascript:alert(1)`;
    default:
      return 'é'.repeat(rng.pick([10, 3000]));
  }
}

export function hostileInt(rng: Rng): unknown {
  return rng.pick([0, -1, 1, -2147483648, 2147483647, 2147483648, 101, 100, 500, 501, 1e9, 1.5, -0.5, '10', null]);
}

export function hostileFloat(rng: Rng): unknown {
  return rng.pick([0, -1, 1e308, -1e308, 5e-324, 1.5, '1', null]);
}

/** Ids of every kind of wrong: not base64, bad uuid, wrong type, existing uuid of another type. */
export function forgedId(rng: Rng, corpus: Corpus): string {
  const types = [...corpus.idsByType.keys()];
  const type = types.length > 0 ? rng.pick(types) : 'Workshop';
  const realUuid = realUuidOf(rng, corpus) ?? UUID_ZERO;
  switch (rng.int(0, 17)) {
    case 0:
      return b64(`${type}:not-a-uuid`);
    case 1:
      return b64(`${type}:${UUID_ZERO}`);
    case 2:
      return b64(`${type}:${UUID_MAX}`);
    case 3: {
      // A real row's uuid under the name of another type.
      const other = types.length > 1 ? rng.pick(types.filter((t) => t !== type)) : 'Person';
      return b64(`${other}:${realUuid}`);
    }
    case 4:
      return b64(`:${realUuid}`);
    case 5:
      return b64(type);
    case 6:
      return 'not base64 at all!!';
    case 7:
      return '';
    case 8:
      return `${b64(`${type}:${realUuid}`)}\u0000`;
    case 9:
      return b64(`${type}:${realUuid}\u0000`);
    case 10:
      return b64(Buffer.from([0xff, 0xfe, 0x3a, 0xc3, 0x28]));
    case 11:
      return b64(`__proto__:${realUuid}`);
    case 12:
      return 'A'.repeat(100_000);
    case 13:
      return b64(`${type}:${realUuid.toUpperCase()}`);
    case 14:
      return b64(`${type}:${realUuid}:${realUuid}`);
    case 15:
      return realUuid;
    case 16:
      return b64(`${type.toLowerCase()}:${realUuid}`);
    default:
      return b64(`${type}:{${realUuid}}`);
  }
}

function realUuidOf(rng: Rng, corpus: Corpus): string | undefined {
  const all = [...corpus.idsByType.values()].flat();
  if (all.length === 0) return undefined;
  const decoded = Buffer.from(rng.pick(all), 'base64url').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** A real id most of the time when one is known (to reach the resolvers), else a forged one. */
export function someId(rng: Rng, corpus: Corpus, typeHint?: string): string {
  const ofHint = typeHint ? corpus.idsByType.get(typeHint) : undefined;
  if (ofHint && ofHint.length > 0 && rng.chance(0.5)) return rng.pick(ofHint);
  const all = [...corpus.idsByType.values()].flat();
  if (all.length > 0 && rng.chance(0.3)) return rng.pick(all);
  return forgedId(rng, corpus);
}

/** Pagination cursors: base64url JSON of the wrong shape or types, and corrupted real ones. */
export function forgedCursor(rng: Rng, corpus: Corpus): string {
  const uuid = realUuidOf(rng, corpus) ?? UUID_ZERO;
  const json = (value: unknown) => b64(JSON.stringify(value));
  switch (rng.int(0, 19)) {
    case 0:
      return json(['x', 'y']);
    case 1:
      return json([1, 'y']);
    case 2:
      return json(['x', uuid]);
    case 3:
      return json([null, uuid]);
    case 4:
      return json([{}, uuid]);
    case 5:
      return json([[1, 2], uuid]);
    case 6:
      return json([1e308, uuid]);
    case 7:
      return json(['2026-13-45T99:99:99Z', uuid]);
    case 8:
      return json([true, uuid]);
    case 9:
      return json(['x'.repeat(10_000), uuid]);
    case 10:
      return json({ 0: 1, 1: uuid });
    case 11:
      return b64('[');
    case 12:
      return '!!not base64!!';
    case 13:
      return json(['\u0000', uuid]);
    case 14:
      return json([1.5, uuid]);
    case 15:
      return json(['NaN', `${uuid}\u0000`]);
    case 16:
      return json([-1, 'not-a-uuid']);
    case 17: {
      // A real cursor with one character changed.
      const real = corpus.cursors.length > 0 ? rng.pick(corpus.cursors) : json(['a', uuid]);
      const at = rng.int(0, real.length - 1);
      return `${real.slice(0, at)}${rng.pick(['A', '_', '-', '0'])}${real.slice(at + 1)}`;
    }
    case 18:
      return corpus.cursors.length > 0 ? rng.pick(corpus.cursors) : json(['a', uuid]);
    default:
      return json(['a', uuid, 'extra']);
  }
}

/** A value for an argument or input field, from its name first (ids, cursors, slugs, codes). */
export function stringFor(rng: Rng, corpus: Corpus, name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'after' || lower.includes('cursor')) return forgedCursor(rng, corpus);
  if (lower === 'code' && corpus.joinCodes.length > 0 && rng.chance(0.4)) return rng.pick(corpus.joinCodes);
  if ((lower === 'slug' || lower === 'territory' || lower === 'theme' || lower === 'portrait') && rng.chance(0.5)) {
    if (corpus.slugs.length > 0) return rng.pick(corpus.slugs);
  }
  if (lower.includes('email') && rng.chance(0.3)) return rng.pick(['coordinatrice@demo.quartierlab.fr', 'a@b', 'x']);
  if (rng.chance(0.2)) return rng.pick(['fuzz', 'Bordeaux', 'mobilite', 'quartierlab-demo']);
  return hostileString(rng);
}
