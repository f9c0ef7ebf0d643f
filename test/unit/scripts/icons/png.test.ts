import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodePng } from '../../../../scripts/icons/png'

/// The chunks of a PNG file, by type.
function chunks(png: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    found.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length))
    at += length + 12
  }
  return found
}

describe('encodePng', () => {
  const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 255, 255, 255, 255])
  const png = encodePng(2, 2, pixels)

  it('writes the signature, a 2×2 RGBA header and the end', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const header = chunks(png).get('IHDR')!
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([2, 2, 8, 6, 0, 0, 0])
    expect(chunks(png).has('IEND')).toBe(true)
  })

  it('stores each row after a “none” filter byte', () => {
    const rows = inflateSync(chunks(png).get('IDAT')!)
    expect([...rows]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)])
  })

  it('gives each chunk the CRC of its type and data', () => {
    // The CRC of an empty IEND chunk is fixed by the PNG specification.
    expect(png.subarray(-4).toString('hex')).toBe('ae426082')
  })

  it('refuses pixels of the wrong size', () => {
    expect(() => encodePng(3, 2, pixels)).toThrow(/3×2 RGBA needs 24 bytes, got 16/)
  })
})
