// Test files made the way a device would have them: a PNG drawn in the page, a camera JPEG with EXIF.
import type { Page } from '@playwright/test';

/** A PNG of width × height with shapes and noise (so it does not compress to nothing). */
export async function pngOf(page: Page, width: number, height: number): Promise<Buffer> {
  const url = await page.evaluate(
    ([w, h]: readonly [number, number]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const c = canvas.getContext('2d')!;
      const gradient = c.createLinearGradient(0, 0, w, h);
      gradient.addColorStop(0, '#1c7ed6');
      gradient.addColorStop(1, '#f59f00');
      c.fillStyle = gradient;
      c.fillRect(0, 0, w, h);
      c.fillStyle = '#ffffff';
      c.beginPath();
      c.arc(w / 2, h / 2, Math.min(w, h) / 4, 0, Math.PI * 2);
      c.fill();
      for (let i = 0; i < 2000; i++) {
        c.fillStyle = `hsl(${(i * 37) % 360} 70% 50%)`;
        c.fillRect((i * 97) % w, (i * 53) % h, 6, 6);
      }
      return canvas.toDataURL('image/png');
    },
    [width, height] as const,
  );
  return Buffer.from(url.split(',')[1]!, 'base64');
}

/**
 * A JPEG of width × height (left half red, right half blue) with an EXIF block as a phone writes
 * it: Orientation 6 (turn 90° clockwise to show) and a GPS position (52° 31' N).
 */
export async function jpegWithGpsExif(page: Page, width: number, height: number): Promise<Buffer> {
  const url = await page.evaluate(
    ([w, h]: readonly [number, number]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const c = canvas.getContext('2d')!;
      c.fillStyle = '#e03131';
      c.fillRect(0, 0, w / 2, h);
      c.fillStyle = '#1971c2';
      c.fillRect(w / 2, 0, w / 2, h);
      return canvas.toDataURL('image/jpeg', 0.9);
    },
    [width, height] as const,
  );
  const jpeg = Buffer.from(url.split(',')[1]!, 'base64');
  const tiff = Buffer.alloc(92);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0: Orientation and the pointer to the GPS IFD.
  tiff.writeUInt16LE(2, 8);
  entry(tiff, 10, 0x0112, 3, 1, 6);
  entry(tiff, 22, 0x8825, 4, 1, 38);
  tiff.writeUInt32LE(0, 34);
  // GPS IFD: latitude reference N and latitude 52° 31' 0".
  tiff.writeUInt16LE(2, 38);
  entry(tiff, 40, 0x0001, 2, 2, 0);
  tiff.write('N\0', 48, 'latin1');
  entry(tiff, 52, 0x0002, 5, 3, 68);
  tiff.writeUInt32LE(0, 64);
  [52, 1, 31, 1, 0, 1].forEach((n, i) => tiff.writeUInt32LE(n, 68 + i * 4));
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]);
}

function entry(buffer: Buffer, at: number, tag: number, type: number, count: number, value: number) {
  buffer.writeUInt16LE(tag, at);
  buffer.writeUInt16LE(type, at + 2);
  buffer.writeUInt32LE(count, at + 4);
  if (type === 3) buffer.writeUInt16LE(value, at + 8);
  else buffer.writeUInt32LE(value, at + 8);
}
