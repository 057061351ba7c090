import QRCode from 'qrcode';

/** A QR code as one SVG path of dark modules, in a square of `size` modules (quiet zone not included). */
export interface QrPath {
  size: number;
  path: string;
}

/**
 * Encodes `text` (the join link) on the server, so the wall draws it as inline SVG: no script,
 * no image request, nothing for the CSP to allow. Runs of dark modules on a row are one rectangle.
 */
export function qrPath(text: string): QrPath {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size, path };
}
