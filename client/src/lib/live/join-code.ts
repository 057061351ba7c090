/**
 * A join code as people type it ("demo 42", "demo-42") in the form the API stores: capitals
 * and digits only. Anything else is dropped rather than sent.
 */
export function normalizeJoinCode(value: string | null | undefined): string {
  return (value ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 12);
}
