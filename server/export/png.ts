// A PNG writer for the template images: RGB without alpha, rows filtered "up", deflated by Node's zlib.
// Skia's own encoder writes RGBA at a slow compression level (~0.4 s a page here), and pdfkit must then
// split the alpha channel off pixel by pixel in JavaScript (~1.5 s a page); an opaque white page needs
// neither.
import zlib from 'node:zlib'

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  out.set(data, 8)
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

/** RGBA pixels (as a canvas gives them; alpha dropped) → PNG bytes, with the resolution recorded. */
export function encodeRgbPng(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray, dpi: number): Uint8Array {
  const stride = width * 3 + 1
  const raw = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const row = y * stride
    raw[row] = 2 // filter "up": each byte minus the one above; flat colours become runs of zeros
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const o = row + 1 + x * 3
      for (let c = 0; c < 3; c++) raw[o + c] = (rgba[i + c]! - (y > 0 ? rgba[i - width * 4 + c]! : 0)) & 0xff
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, deflate, adaptive filtering, no interlace
  const phys = Buffer.alloc(9)
  const perMetre = Math.round(dpi * 39.3701)
  phys.writeUInt32BE(perMetre, 0)
  phys.writeUInt32BE(perMetre, 4)
  phys[8] = 1
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('pHYs', phys),
    chunk('IDAT', zlib.deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ])
}
