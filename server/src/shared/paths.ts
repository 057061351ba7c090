import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The same module runs from src/ (tsx, vitest) and from dist/src/ (node): find the package root
// by its manifest rather than by a fixed number of `..`.
function findServerRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === '@quartierlab/server') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @quartierlab/server package root');
    dir = parent;
  }
}

export const serverRoot = findServerRoot();
export const repoRoot = path.dirname(serverRoot);
/** True when running TypeScript sources directly (tsx, vitest) rather than the compiled build. */
export const runningFromSource = import.meta.url.endsWith('.ts');
