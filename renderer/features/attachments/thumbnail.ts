/*
 * What the document keeps of an image: its size as shown (EXIF orientation applied) and a small
 * JPEG thumbnail made on this device with the browser's own decoder. createImageBitmap with
 * `imageOrientation: 'from-image'` turns the pixels as the camera said; the thumbnail is the canvas
 * re-encoded, which carries pixels only: no EXIF of the original (location, camera, time) is in it.
 * The thumbnail is stored and sent like a file (its hash is in the attachment's record).
 */
import { THUMB_LIMIT } from '../../../shared/model';

export interface ImageFacts {
  width: number;
  height: number;
  thumb: Blob | null;
}

/** Longest side and JPEG quality, tried in turn until the thumbnail fits THUMB_LIMIT. */
const STEPS: readonly (readonly [number, number])[] = [
  [160, 0.72],
  [128, 0.6],
  [96, 0.5],
  [64, 0.45],
];

/** Facts of an image file, or null when the browser cannot decode it. */
export async function describeImage(file: Blob): Promise<ImageFacts | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  const { width, height } = bitmap;
  try {
    for (const [side, quality] of STEPS) {
      const scale = Math.min(1, side / Math.max(width, height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const context = canvas.getContext('2d');
      if (!context) return { width, height, thumb: null };
      // JPEG has no transparency: a transparent PNG is shown on white, as on a page.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const thumb = await new Promise<Blob | null>((resolve) =>
        canvas.toBlob(resolve, 'image/jpeg', quality),
      );
      if (thumb && thumb.size <= THUMB_LIMIT) return { width, height, thumb };
    }
    return { width, height, thumb: null };
  } finally {
    bitmap.close();
  }
}
