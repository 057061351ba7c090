import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOf, toGlobalId } from './ids.js';

const uuid = '6f1c2a9e-7d3b-4c5a-9e8f-0a1b2c3d4e5f';

describe('global ids', () => {
  it('round-trips', () => {
    expect(fromGlobalId(toGlobalId('Portrait', uuid))).toEqual({ type: 'Portrait', id: uuid });
  });
  it('refuses garbage and ids of another type', () => {
    expect(() => fromGlobalId('hello')).toThrow(/not a QuartierLab id/);
    expect(() => idOf('Prompt', toGlobalId('Portrait', uuid), 'prompt')).toThrow(/prompt must be the id of a Prompt/);
  });
});
