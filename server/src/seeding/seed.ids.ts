import { createHash } from 'node:crypto';

/** A stable UUID for a seeded row, so re-seeding updates it in place. */
export function seedId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`quartierlab:${kind}:${key}`).digest('hex');
  // Shaped as a version-5 UUID (name-based, SHA-1).
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
