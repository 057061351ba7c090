import type { Knex } from '@mikro-orm/postgresql';
import { Person, PlatformRole } from '../people/person.entity.js';
import { columnsOf } from '../shared/rows.js';
import { invalid, msg } from '../shared/payload.js';

// Characters drawn like Latin letters (Cyrillic, Greek, digits, symbols), and the letter they pass
// for. `l`, `1`, `|`, `!` and `I` look alike in many fonts: they all become `i`.
const lookAlikes = new Map(
  Object.entries({
    a: 'аα4@',
    b: 'вьβ',
    c: 'сϲ',
    d: 'ԁ',
    e: 'еёε3€',
    h: 'һн',
    i: 'іїӏι1|!l',
    j: 'јϳ',
    k: 'кκ',
    m: 'м',
    n: 'η',
    o: 'оο0',
    p: 'рρ',
    q: 'ԛ',
    r: 'г',
    s: 'ѕ5$',
    t: 'тτ7',
    u: 'μυ',
    v: 'ν',
    w: 'ԝω',
    x: 'хχ',
    y: 'у',
  }).flatMap(([latin, others]) => Array.from(others, (other) => [other, latin] as const)),
);

/**
 * A name's words once the tricks that make two names look alike are undone: compatibility forms
 * (fullwidth, ligatures), accents and other marks, case, look-alike letters, doubled letters, and
 * whatever is neither a letter nor a digit (spaces, punctuation, invisible characters, emoji).
 * A name spelt out letter by letter (`A d m i n`, `A.D.M.I.N`) counts as one word.
 */
export function nameWords(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Upper then lower case folds `ß` to `ss` and the dotless `ı` to `i`.
    .toUpperCase()
    .toLowerCase();
  const mapped = Array.from(folded, (c) => lookAlikes.get(c) ?? c).join('');
  const words: string[] = [];
  let spelt = '';
  for (const word of mapped.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    if (Array.from(word).length === 1) {
      spelt += word;
      continue;
    }
    if (spelt) words.push(spelt);
    spelt = '';
    words.push(word);
  }
  if (spelt) words.push(spelt);
  return words.map((w) => w.replace(/(.)\1+/gu, '$1'));
}

const compact = (name: string) => nameWords(name).join('');

// Words that say "I run this place", in French and English. Long ones are refused anywhere in the
// name, spaces removed; short ones only as (the start or end of) a word, so that "Badminton" stays.
const roleStems = [
  'coordination',
  'coordinateur',
  'coordinatrice',
  'coordinator',
  'modération',
  'modérateur',
  'modératrice',
  'moderator',
  'administrateur',
  'administratrice',
  'administration',
  'administrator',
  'animateur',
  'animatrice',
  'facilitateur',
  'facilitatrice',
  'facilitator',
  'organisateur',
  'organisatrice',
  'organizer',
  'QuartierLab',
].map(compact);
const roleWords = ['admin', 'admins', 'modo', 'modos', 'mod', 'mods', 'staff'].map(compact);

/** Whether a name holds a word of the platform's roles. */
export function suggestsStaffRole(name: string): boolean {
  const words = nameWords(name);
  const all = words.join('');
  return (
    roleStems.some((stem) => all.includes(stem)) ||
    words.some((w) => roleWords.some((r) => w === r || (r.length >= 5 && (w.startsWith(r) || w.endsWith(r)))))
  );
}

/** A staff name and the same without what is in brackets ("Nadia B. (démo)" is also "Nadia B."). */
function staffForms(displayName: string): { compact: string; words: number }[] {
  return [displayName, displayName.replace(/[([{][^)\]}]*[)\]}]/g, ' ')]
    .map((n) => ({ compact: compact(n), words: nameWords(n).length }))
    .filter((f) => f.compact.length >= 2);
}

/**
 * Refuses a name that passes for the platform's staff: a role word (coordination, modération,
 * administration, QuartierLab…), or the name of a coordinator or administrator, however it is
 * spelt. A name holding a staff member's full name ("Nadia Berthelot 2") counts too.
 */
export async function refuseStaffName(knex: Knex, name: string, field: string): Promise<void> {
  if (suggestsStaffRole(name)) {
    throw invalid(msg('NAME_SUGGESTS_STAFF'), field);
  }
  const candidate = compact(name);
  const staff = (await knex('person')
    .select(columnsOf(Person, 'person', { only: ['displayName'] }))
    .whereIn('role', [PlatformRole.COORDINATOR, PlatformRole.ADMIN])) as { displayName: string }[];
  const taken = staff.some(({ displayName }) =>
    staffForms(displayName).some(
      (form) =>
        candidate === form.compact || (form.words >= 2 && form.compact.length >= 8 && candidate.includes(form.compact)),
    ),
  );
  if (taken) {
    throw invalid(msg('NAME_OF_STAFF'), field);
  }
}
