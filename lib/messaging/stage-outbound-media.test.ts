import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { MediaStore } from "@/lib/media/storage";
import { mediaFileProblem, stageOutboundMedia } from "./stage-outbound-media";

const tenantId = "0b8a2a8e-6a55-4b4e-9a43-2b4d3c1f0e11";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%\xe2\xe3\n1 0 obj");

function memoryStore() {
  const objects = new Map<string, { bytes: Uint8Array; contentType?: string }>();
  const store: MediaStore = { put: async (key, bytes, opts) => void objects.set(key, { bytes, contentType: opts?.contentType }), get: async (key) => objects.get(key)!.bytes };
  return { store, objects };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
};

describe("stageOutboundMedia", () => {
  it("stores an image under <tenant>/<uuid> and returns the media message to queue", async () => {
    const { store, objects } = memoryStore();
    const staged = await stageOutboundMedia({ tenantId }, { mediaType: "image", file: { bytes: PNG, mimeType: "image/png", filename: "foto.png" }, caption: "  Tu pedido  " }, { store });
    expect(staged).toEqual({ kind: "media", mediaType: "image", storageKey: expect.stringMatching(new RegExp(`^${tenantId}/[0-9a-f-]{36}$`)), mimeType: "image/png", sizeBytes: PNG.byteLength, caption: "Tu pedido" });
    expect(objects.get(staged.storageKey)).toEqual({ bytes: PNG, contentType: "image/png" });
    const second = await stageOutboundMedia({ tenantId }, { mediaType: "image", file: { bytes: JPEG, mimeType: "image/jpeg" } }, { store });
    expect(second.storageKey).not.toBe(staged.storageKey);
    expect(second).not.toHaveProperty("caption");
  });

  it("refuses a PDF as an image, whether it says so or pretends to be a JPEG, and stores nothing", async () => {
    const { store, objects } = memoryStore();
    expect(await codeOf(stageOutboundMedia({ tenantId }, { mediaType: "image", file: { bytes: PDF, mimeType: "application/pdf", filename: "factura.pdf" } }, { store }))).toBe("bad_request:media_type");
    expect(await codeOf(stageOutboundMedia({ tenantId }, { mediaType: "image", file: { bytes: PDF, mimeType: "image/jpeg", filename: "factura.jpg" } }, { store }))).toBe("bad_request:media_type");
    expect(objects.size).toBe(0);
  });

  it("refuses an image over 5 MB and stores nothing", async () => {
    const { store, objects } = memoryStore();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG);
    expect(await codeOf(stageOutboundMedia({ tenantId }, { mediaType: "image", file: { bytes: big, mimeType: "image/jpeg" } }, { store }))).toBe("bad_request:media_too_large");
    expect(objects.size).toBe(0);
  });

  it("refuses an empty file and accepts audio up to 16 MB without a caption", async () => {
    expect(mediaFileProblem("image", { bytes: new Uint8Array(), mimeType: "image/png" })).toBe("bad_request:input");
    const ogg = new Uint8Array(16 * 1024 * 1024);
    ogg.set(new TextEncoder().encode("OggS"));
    expect(mediaFileProblem("audio", { bytes: ogg, mimeType: "audio/ogg; codecs=opus" })).toBeNull();
    const { store } = memoryStore();
    const staged = await stageOutboundMedia({ tenantId }, { mediaType: "audio", file: { bytes: ogg.subarray(0, 64), mimeType: "audio/ogg; codecs=opus" }, caption: "no" }, { store });
    expect(staged).toMatchObject({ mediaType: "audio", mimeType: "audio/ogg" });
    expect(staged).not.toHaveProperty("caption");
  });
});
