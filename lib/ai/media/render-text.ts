import { inflateSync } from "node:zlib";
import { GLYPH_FONT } from "./glyph-font";

/**
 * Renders text as a clean black-on-white PNG in pure JavaScript (an embedded bitmap font, pngjs to
 * encode), so tests and the evaluation can make "photos" of receipts without a browser, a canvas or
 * system fonts. Lines split on "\n". A character the font lacks is drawn without its accent when
 * that helps ("ő" → "o"), else left as a space.
 */
export async function renderTextToPng(text: string, opts: { margin?: number; lineGap?: number } = {}): Promise<Uint8Array> {
  const { PNG } = await import("pngjs");
  const margin = opts.margin ?? 32;
  const lineGap = opts.lineGap ?? 12;
  const font = decodedFont();
  const lines = text.split(/\r?\n/);
  const laidOut = lines.map((line) => layoutLine(line, font));
  const width = Math.max(1, ...laidOut.map((l) => l.width)) + 2 * margin;
  const height = lines.length * font.height + (lines.length - 1) * lineGap + 2 * margin;

  const png = new PNG({ width, height, colorType: 0, inputColorType: 6, bitDepth: 8 });
  png.data.fill(255);
  laidOut.forEach((line, row) => {
    const top = margin + row * (font.height + lineGap);
    for (const g of line.glyphs) drawGlyph(png.data, width, margin + g.x, top, g.glyph, font.height);
  });
  return new Uint8Array(PNG.sync.write(png, { colorType: 0 }));
}

type Glyph = { advance: number; offset: number; width: number; bits: Uint8Array; start: number };
type Font = { height: number; space: number; glyphs: Map<string, Glyph> };

let cached: Font | null = null;

function decodedFont(): Font {
  if (cached) return cached;
  const bits = new Uint8Array(inflateSync(Buffer.from(GLYPH_FONT.deflated, "base64")));
  const glyphs = new Map<string, Glyph>();
  let start = 0;
  Array.from(GLYPH_FONT.chars).forEach((ch, i) => {
    const [advance, offset, width] = GLYPH_FONT.metrics[i];
    glyphs.set(ch, { advance, offset, width, bits, start });
    start += Math.ceil((width * GLYPH_FONT.height) / 8);
  });
  cached = { height: GLYPH_FONT.height, space: GLYPH_FONT.space, glyphs };
  return cached;
}

function glyphFor(ch: string, font: Font): Glyph | null {
  return font.glyphs.get(ch) ?? font.glyphs.get(ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) ?? null;
}

function layoutLine(line: string, font: Font) {
  const glyphs: { x: number; glyph: Glyph }[] = [];
  let x = 0;
  let right = 0;
  for (const ch of line) {
    const glyph = ch === " " ? null : glyphFor(ch, font);
    if (!glyph) {
      x += font.space;
      continue;
    }
    // Glyphs may reach left of the pen ("j"); keep them inside the margin.
    if (glyphs.length === 0 && glyph.offset < 0) x -= glyph.offset;
    glyphs.push({ x, glyph });
    right = Math.max(right, x + glyph.offset + glyph.width);
    x += glyph.advance;
  }
  return { glyphs, width: Math.max(x, right) };
}

function drawGlyph(data: Buffer, imageWidth: number, penX: number, top: number, g: Glyph, height: number) {
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < g.width; x++) {
      const bit = y * g.width + x;
      if ((g.bits[g.start + (bit >> 3)] >> (7 - (bit & 7))) & 1) {
        const px = ((top + y) * imageWidth + penX + g.offset + x) * 4;
        data[px] = data[px + 1] = data[px + 2] = 0;
      }
    }
  }
}
