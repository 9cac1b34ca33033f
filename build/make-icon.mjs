// Draws Hearth's icon (a flame in a rounded square) as build/icon.svg and build/icon.png without
// any image library, so the icon can be regenerated anywhere: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 1024
const here = new URL('.', import.meta.url)
// Geometry in units of the icon size: each flame is the convex hull of an apex and a circle.
const outer = { apex: [0.5, 0.16], center: [0.5, 0.6], r: 0.24, color: [255, 148, 77] }
const inner = { apex: [0.52, 0.42], center: [0.5, 0.68], r: 0.13, color: [255, 221, 140] }
const bg = { top: [58, 40, 72], bottom: [32, 26, 40], radius: 0.22 }

function inFlame(x, y, f) {
  for (let i = 0; i <= 64; i++) {
    const t = i / 64
    const cx = f.apex[0] + t * (f.center[0] - f.apex[0])
    const cy = f.apex[1] + t * (f.center[1] - f.apex[1])
    if (Math.hypot(x - cx, y - cy) <= t * f.r) return true
  }
  return false
}

function inRoundedSquare(x, y) {
  const r = bg.radius
  const dx = Math.max(r - x, 0, x - (1 - r))
  const dy = Math.max(r - y, 0, y - (1 - r))
  return dx * dx + dy * dy <= r * r
}

function shade(x, y) {
  if (!inRoundedSquare(x, y)) return [0, 0, 0, 0]
  if (inFlame(x, y, inner)) return [...inner.color, 255]
  if (inFlame(x, y, outer)) return [...outer.color, 255]
  return [...bg.top.map((c, i) => Math.round(c + (bg.bottom[i] - c) * y)), 255]
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
const ss = [0.25, 0.75] // 2x2 supersampling for smooth edges
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0]
    for (const oy of ss) for (const ox of ss) {
      const c = shade((px + ox) / SIZE, (py + oy) / SIZE)
      for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3]
      acc[3] += c[3]
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4
    for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0
    raw[o + 3] = Math.round(acc[3] / 4)
  }
}
const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
writeFileSync(new URL('icon.png', here), png)

// The same shapes as vector paths: apex, tangent points, then the big arc around the circle.
function flamePath(f) {
  const [ax, ay] = f.apex.map((v) => v * SIZE)
  const [cx, cy] = f.center.map((v) => v * SIZE)
  const r = f.r * SIZE
  const d = Math.hypot(cx - ax, cy - ay)
  const base = Math.atan2(ay - cy, ax - cx)
  const spread = Math.acos(r / d)
  const p1 = [cx + r * Math.cos(base + spread), cy + r * Math.sin(base + spread)]
  const p2 = [cx + r * Math.cos(base - spread), cy + r * Math.sin(base - spread)]
  const n = (v) => v.toFixed(1)
  return `M${n(ax)} ${n(ay)}L${n(p1[0])} ${n(p1[1])}A${n(r)} ${n(r)} 0 1 1 ${n(p2[0])} ${n(p2[1])}Z`
}
const rgb = (c) => `rgb(${c.join(',')})`
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${rgb(bg.top)}"/><stop offset="1" stop-color="${rgb(bg.bottom)}"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" rx="${bg.radius * SIZE}" fill="url(#bg)"/>
<path d="${flamePath(outer)}" fill="${rgb(outer.color)}"/>
<path d="${flamePath(inner)}" fill="${rgb(inner.color)}"/>
</svg>
`
writeFileSync(new URL('icon.svg', here), svg)
console.log(`wrote build/icon.png (${png.length} bytes) and build/icon.svg`)
