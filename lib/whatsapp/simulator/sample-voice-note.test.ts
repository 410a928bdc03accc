import { describe, expect, it } from "vitest";
import { mediaProblem } from "@/lib/media/limits";
import { oggCrc32, SAMPLE_VOICE_NOTE_MIME, sampleVoiceNote } from "./sample-voice-note";

/** Bit-by-bit CRC (no table), written independently of the module's: polynomial 0x04C11DB7, MSB first. */
function referenceCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 24;
    for (let i = 0; i < 8; i++) crc = crc & 0x80000000 ? ((crc << 1) ^ 0x04c11db7) >>> 0 : (crc << 1) >>> 0;
  }
  return crc >>> 0;
}

type Page = { flags: number; granule: bigint; serial: number; sequence: number; crc: number; computedCrc: number; packets: Uint8Array[] };

/** Splits an Ogg stream into pages, checking the capture pattern of each, as a demuxer would. */
function readPages(bytes: Uint8Array): Page[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages: Page[] = [];
  let at = 0;
  while (at < bytes.length) {
    expect(new TextDecoder().decode(bytes.subarray(at, at + 4))).toBe("OggS");
    expect(bytes[at + 4]).toBe(0);
    const segments = bytes[at + 26];
    const lacing = [...bytes.subarray(at + 27, at + 27 + segments)];
    const headerLength = 27 + segments;
    const bodyLength = lacing.reduce((a, b) => a + b, 0);
    const page = bytes.slice(at, at + headerLength + bodyLength);
    page.fill(0, 22, 26);
    const packets: Uint8Array[] = [];
    let p = at + headerLength;
    let current: number[] = [];
    for (const l of lacing) {
      current.push(...bytes.subarray(p, p + l));
      p += l;
      if (l < 255) {
        packets.push(new Uint8Array(current));
        current = [];
      }
    }
    pages.push({ flags: bytes[at + 5], granule: view.getBigUint64(at + 6, true), serial: view.getUint32(at + 14, true), sequence: view.getUint32(at + 18, true), crc: view.getUint32(at + 22, true), computedCrc: referenceCrc(page), packets });
    at += headerLength + bodyLength;
  }
  return pages;
}

describe("sampleVoiceNote", () => {
  const bytes = sampleVoiceNote();
  const pages = readPages(bytes);

  it("is three Ogg pages of one stream, in sequence, first marked begin and last marked end", () => {
    expect(pages.map((p) => p.sequence)).toEqual([0, 1, 2]);
    expect(new Set(pages.map((p) => p.serial)).size).toBe(1);
    expect(pages.map((p) => p.flags)).toEqual([0x02, 0x00, 0x04]);
  });

  it("carries a correct CRC-32 on every page", () => {
    for (const p of pages) expect(p.crc).toBe(p.computedCrc);
    expect(oggCrc32(new TextEncoder().encode("OggS"))).toBe(referenceCrc(new TextEncoder().encode("OggS")));
  });

  it("starts with OpusHead (version 1, mono, 48 kHz, pre-skip) and OpusTags", () => {
    const head = pages[0].packets[0];
    expect(pages[0].packets).toHaveLength(1);
    expect(new TextDecoder().decode(head.subarray(0, 8))).toBe("OpusHead");
    expect(head.length).toBe(19);
    const v = new DataView(head.buffer, head.byteOffset);
    expect({ version: head[8], channels: head[9], preSkip: v.getUint16(10, true), rate: v.getUint32(12, true), gain: v.getInt16(16, true), mapping: head[18] }).toEqual({ version: 1, channels: 1, preSkip: 312, rate: 48000, gain: 0, mapping: 0 });
    const tags = pages[1].packets[0];
    expect(new TextDecoder().decode(tags.subarray(0, 8))).toBe("OpusTags");
    const vendorLength = new DataView(tags.buffer, tags.byteOffset).getUint32(8, true);
    expect(tags.length).toBe(8 + 4 + vendorLength + 4);
    expect(pages[0].granule).toBe(0n);
    expect(pages[1].granule).toBe(0n);
  });

  it("holds one second of 20 ms silent Opus frames, its granule position counting the samples", () => {
    const audio = pages[2].packets;
    expect(audio).toHaveLength(50);
    for (const packet of audio) expect([...packet]).toEqual([0xf8, 0xff, 0xfe]);
    expect(pages[2].granule).toBe(50n * 960n);
  });

  it("is a voice note WhatsApp accepts", () => {
    expect(mediaProblem("audio", SAMPLE_VOICE_NOTE_MIME, bytes.byteLength)).toBeNull();
    expect(bytes.byteLength).toBeLessThan(400);
  });
});
