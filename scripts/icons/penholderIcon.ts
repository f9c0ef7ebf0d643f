/// Penholder's icon, drawn from one description as both SVG (scalable, for the web
/// edition and Linux themes) and pixels (build/icon.png, from which electron-builder makes
/// the Windows and macOS icons): a white pen nib on UN blue.

type Point = readonly [number, number]

export type Shape =
  | { readonly kind: 'rounded-rect', readonly x: number, readonly y: number, readonly size: number, readonly radius: number, readonly color: string }
  | { readonly kind: 'polygon', readonly points: readonly Point[], readonly color: string }
  | { readonly kind: 'circle', readonly cx: number, readonly cy: number, readonly r: number, readonly color: string }

/// The icon on a 1024-unit square, painted in order.
export const iconSize = 1024
const blue = '#0b5fa5'
const white = '#ffffff'

export const iconShapes: readonly Shape[] = [
  { kind: 'rounded-rect', x: 64, y: 64, size: 896, radius: 190, color: blue },
  { kind: 'polygon', points: [[512, 872], [318, 560], [372, 232], [652, 232], [706, 560]], color: white },
  { kind: 'polygon', points: [[500, 600], [524, 600], [516, 872], [508, 872]], color: blue },
  { kind: 'circle', cx: 512, cy: 560, r: 46, color: blue },
  { kind: 'polygon', points: [[372, 232], [652, 232], [644, 192], [380, 192]], color: white }
]

export function iconSvg(shapes: readonly Shape[] = iconShapes): string {
  const body = shapes.map(shape => {
    switch (shape.kind) {
      case 'rounded-rect':
        return `  <rect x="${shape.x}" y="${shape.y}" width="${shape.size}" height="${shape.size}" rx="${shape.radius}" fill="${shape.color}"/>`
      case 'polygon':
        return `  <polygon points="${shape.points.map(p => p.join(',')).join(' ')}" fill="${shape.color}"/>`
      case 'circle':
        return `  <circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.color}"/>`
    }
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${iconSize}" height="${iconSize}" viewBox="0 0 ${iconSize} ${iconSize}">\n${body.join('\n')}\n</svg>\n`
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rounded-rect': {
      const { x: left, y: top, size, radius } = shape
      if (x < left || y < top || x > left + size || y > top + size) return false
      const dx = Math.max(left + radius - x, 0, x - (left + size - radius))
      const dy = Math.max(top + radius - y, 0, y - (top + size - radius))
      return dx * dx + dy * dy <= radius * radius
    }
    case 'circle':
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2
    case 'polygon': {
      let crossings = false
      const pts = shape.points
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i]
        const [xj, yj] = pts[j]
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings = !crossings
      }
      return crossings
    }
  }
}

function rgb(color: string): [number, number, number] {
  return [1, 3, 5].map(i => parseInt(color.slice(i, i + 2), 16)) as [number, number, number]
}

/// The icon as RGBA pixels, `pixels` wide and high, each pixel the average of 4×4
/// samples so the edges are smooth.
export function renderIcon(pixels: number, shapes: readonly Shape[] = iconShapes): Uint8Array {
  const out = new Uint8Array(pixels * pixels * 4)
  const scale = iconSize / pixels
  const samples = 4
  const colors = shapes.map(s => rgb(s.color))
  for (let py = 0; py < pixels; py++) {
    for (let px = 0; px < pixels; px++) {
      let r = 0, g = 0, b = 0, a = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale
          const y = (py + (sy + 0.5) / samples) * scale
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (!inside(shapes[i], x, y)) continue
            r += colors[i][0]; g += colors[i][1]; b += colors[i][2]; a += 255
            break
          }
        }
      }
      const n = samples * samples
      const covered = a / 255
      const at = (py * pixels + px) * 4
      out[at] = covered ? Math.round(r / covered) : 0
      out[at + 1] = covered ? Math.round(g / covered) : 0
      out[at + 2] = covered ? Math.round(b / covered) : 0
      out[at + 3] = Math.round(a / n)
    }
  }
  return out
}
