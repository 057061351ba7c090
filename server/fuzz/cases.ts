// The families of cases and how often each is drawn. FUZZ_FAMILIES=a,b narrows a run to some.
import * as api from './cases-api.js';
import * as site from './cases-site.js';
import * as wsCases from './cases-ws.js';
import type { Case, CaseBuilder, FuzzContext } from './context.js';
import type { Rng } from './prng.js';

export const FAMILIES: Record<string, { weight: number; build: CaseBuilder }> = {
  query: { weight: 14, build: api.query },
  mutation: { weight: 10, build: api.mutation },
  nul: { weight: 5, build: api.nul },
  cursor: { weight: 5, build: api.cursor },
  'global-id': { weight: 5, build: api.globalId },
  'http-subscription': { weight: 2, build: api.httpSubscription },
  'fragment-chain': { weight: 2, build: api.fragmentChain },
  aliases: { weight: 2, build: api.aliases },
  shape: { weight: 6, build: api.shape },
  body: { weight: 7, build: api.body },
  'site-path': { weight: 9, build: site.sitePath },
  'site-form': { weight: 9, build: site.siteForm },
  'ws-operation': { weight: 8, build: wsCases.wsOperation },
  'ws-limits': { weight: 4, build: wsCases.wsLimits },
  'ws-frame': { weight: 6, build: wsCases.wsFrame },
  'ws-upgrade': { weight: 1, build: wsCases.wsUpgrade },
};

export function selectFamilies(filter: string | undefined): Record<string, number> {
  const wanted = (filter ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = wanted.filter((f) => !(f in FAMILIES));
  if (unknown.length > 0)
    throw new Error(`Unknown FUZZ_FAMILIES: ${unknown.join(', ')} (known: ${Object.keys(FAMILIES).join(', ')})`);
  return Object.fromEntries(
    Object.entries(FAMILIES)
      .filter(([name]) => wanted.length === 0 || wanted.includes(name))
      .map(([name, { weight }]) => [name, weight]),
  );
}

export function buildCase(rng: Rng, ctx: FuzzContext, weights: Record<string, number>): Case {
  const family = rng.weighted(weights);
  return { ...FAMILIES[family]!.build(rng, ctx), family } as Case;
}
