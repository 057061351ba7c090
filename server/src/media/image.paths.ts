import type { ImageFormat } from './image.entity.js';
import { extensionOf } from './image.inputs.js';

/** Where images are served; the route is wired in app.ts. */
export const mediaPrefix = '/media/images/';

/** The rendition nearest to `width`: the smallest at least as wide, else the widest. */
export function nearestWidth(widths: readonly number[], width: number | null | undefined): number {
  const widest = widths[widths.length - 1] ?? 0;
  if (width === null || width === undefined) return widest;
  return widths.find((w) => w >= width) ?? widest;
}

export const renditionPath = (image: { id: string; widths: number[] }, width?: number | null) =>
  `${mediaPrefix}${image.id}/${nearestWidth(image.widths, width)}.webp`;

export const originalPath = (image: { id: string; format: ImageFormat }) =>
  `${mediaPrefix}${image.id}/original.${extensionOf[image.format]}`;
