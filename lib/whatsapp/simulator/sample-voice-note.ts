/**
 * A real, tiny voice note for the test phone's "send a sample voice note": one second of Opus
 * silence in an Ogg container, as WhatsApp records them (RFC 7845: an OpusHead page, an OpusTags
 * page, then the audio). Built in code so no binary file has to live in the repository; every
 * player and decoder that reads Ogg/Opus accepts it.
 */

export const SAMPLE_VOICE_NOTE_MIME = "audio/ogg; codecs=opus";
export const SAMPLE_VOICE_NOTE_FILENAME = "nota-de-voz.ogg";

/** TOC 0xF8: CELT-only fullband, 20 ms, mono, one frame; 0xFF 0xFE is the encoder's silent frame. */
const SILENT_FRAME = [0xf8, 0xff, 0xfe];
const FRAMES = 50; // 50 × 20 ms = 1 s
const SAMPLES_PER_FRAME = 960; // 20 ms at Opus's 48 kHz
const PRE_SKIP = 312;
const SERIAL = 0x48494c4f; // "HILO"

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's page checksum: CRC-32 with polynomial 0x04C11DB7, not reflected, initial value 0, no final xor. */
export function oggCrc32(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]) >>> 0;
  return crc;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** One Ogg page holding whole packets (each under 255 bytes, so one lacing value per packet). */
function oggPage(packets: number[][], opts: { sequence: number; granule: number; flags: number }): Uint8Array {
  const body = packets.flat();
  const header = [
    ...ascii("OggS"),
    0, // stream structure version
    opts.flags,
    ...u32(opts.granule),
    0, 0, 0, 0, // granule position, high 32 bits
    ...u32(SERIAL),
    ...u32(opts.sequence),
    0, 0, 0, 0, // checksum, filled in below
    packets.length,
    ...packets.map((p) => p.length),
  ];
  const page = new Uint8Array([...header, ...body]);
  new DataView(page.buffer).setUint32(22, oggCrc32(page), true);
  return page;
}

const FLAG_BOS = 0x02;
const FLAG_EOS = 0x04;

/** The bytes of the sample voice note (about 230 bytes). */
export function sampleVoiceNote(): Uint8Array {
  const opusHead = [...ascii("OpusHead"), 1, 1, ...u16(PRE_SKIP), ...u32(48000), ...u16(0), 0];
  const vendor = ascii("Hilo simulator");
  const opusTags = [...ascii("OpusTags"), ...u32(vendor.length), ...vendor, ...u32(0)];
  const pages = [
    oggPage([opusHead], { sequence: 0, granule: 0, flags: FLAG_BOS }),
    oggPage([opusTags], { sequence: 1, granule: 0, flags: 0 }),
    oggPage(Array.from({ length: FRAMES }, () => SILENT_FRAME), { sequence: 2, granule: FRAMES * SAMPLES_PER_FRAME, flags: FLAG_EOS }),
  ];
  const out = new Uint8Array(pages.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pages) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
