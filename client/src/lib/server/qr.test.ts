import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
  it('draws every dark module of the code, and nothing else', () => {
    const text = 'https://quartierlab.example/join?code=DEMO42';
    const { size, path } = qrPath(text);
    const { data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    const dark = new Set<string>();
    for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
    }
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) expect(dark.has(`${x},${y}`)).toBe(data[y * size + x] === 1);
    }
  });
});
