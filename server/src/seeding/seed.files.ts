import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../shared/paths.js';
import type {
  DiagnosisSeed,
  OrganizationSeed,
  PersonSeed,
  PortraitSeed,
  StorySeed,
  TerritorySeed,
  ThemeSeed,
  WorkshopSeed,
} from './seed.types.js';

export interface SeedData {
  themes: ThemeSeed[];
  territories: TerritorySeed[];
  organizations: OrganizationSeed[];
  people: PersonSeed[];
  portraits: PortraitSeed[];
  workshops: WorkshopSeed[];
  diagnoses: DiagnosisSeed[];
  stories: StorySeed[];
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const seedsDir = path.join(repoRoot, 'seeds');

async function readJson<T>(dir: string, file: string): Promise<T[]> {
  const text = await readFile(path.join(dir, file), 'utf8');
  try {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) throw new SeedError([`${file}: must hold a JSON array`]);
    return data as T[];
  } catch (error) {
    if (error instanceof SeedError) throw error;
    throw new SeedError([`${file}: ${(error as Error).message}`]);
  }
}

export async function readSeeds(dir = seedsDir): Promise<SeedData> {
  const [themes, territories, organizations, people, portraits, workshops, diagnoses, stories] = await Promise.all([
    readJson<ThemeSeed>(dir, 'themes.json'),
    readJson<TerritorySeed>(dir, 'territories.json'),
    readJson<OrganizationSeed>(dir, 'organizations.json'),
    readJson<PersonSeed>(dir, 'people.json'),
    readJson<PortraitSeed>(dir, 'portraits.json'),
    readJson<WorkshopSeed>(dir, 'workshops.json'),
    readJson<DiagnosisSeed>(dir, 'diagnoses.json'),
    readJson<StorySeed>(dir, 'stories.json'),
  ]);
  return { themes, territories, organizations, people, portraits, workshops, diagnoses, stories };
}
