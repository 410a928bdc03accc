import { afterAll, describe, expect, it } from "vitest";
import { closeDefaultOcrEngine, imageFormatOf, ocrImage, OcrTimeoutError, type OcrEngine } from "./ocr";
import { readReceipt } from "./receipt";
import { renderTextToPng } from "./render-text";
import { createTesseractEngine } from "./tesseract-engine";

afterAll(() => closeDefaultOcrEngine());

describe("OCR with tesseract.js, offline", () => {
  it("reads back a rendered order photo: order number and total", async () => {
    const png = await renderTextToPng("Pedido 8842 Total 59,90 EUR");
    expect(imageFormatOf(png)).toBe("png");
    const out = await ocrImage(png, "image/png");
    expect(out.text, JSON.stringify(out)).not.toBeNull();
    const receipt = readReceipt(out.text!);
    expect(receipt.orderNumbers).toContain("8842");
    expect(receipt.totals[0]).toMatchObject({ amount: "59,90", currency: "EUR", micros: 59_900_000 });
  }, 60_000);

  it("reads a multi-line receipt in Portuguese and an English screenshot", async () => {
    const pt = await ocrImage(await renderTextToPng("Loja Bela Vista\nNúmero do pedido: 55120\nData: 12/03/2024\nFrete R$ 20,00\nTotal: R$ 120,00"), "image/png");
    expect(readReceipt(pt.text ?? "")).toMatchObject({ orderNumbers: ["55120"], totals: [{ amount: "120,00", currency: "BRL" }], dates: ["2024-03-12"] });
    const en = await ocrImage(await renderTextToPng("Order #A-1209 confirmed\nTotal: 54.00 USD"), "image/png");
    expect(readReceipt(en.text ?? "")).toMatchObject({ orderNumbers: ["A-1209"], totals: [{ amount: "54.00", currency: "USD" }] });
  }, 60_000);

  it("kills a worker that takes too long and starts a fresh one for the next image", async () => {
    const engine = createTesseractEngine({ langs: ["eng"] });
    try {
      const png = await renderTextToPng("Order 1209");
      await expect(engine.recognize(png, { timeoutMs: 1 })).rejects.toBeInstanceOf(OcrTimeoutError);
      const again = await engine.recognize(png, { timeoutMs: 20_000 });
      expect(again.text).toContain("1209");
    } finally {
      await engine.close();
    }
  }, 60_000);

  it("says the engine is unavailable, without hanging, when a language's data is not installed", async () => {
    const engine = createTesseractEngine({ langs: ["xyz"] });
    const out = await ocrImage(await renderTextToPng("1234"), "image/png", { engine });
    expect(out).toMatchObject({ text: null, reason: "engine_unavailable" });
    expect(out.text === null && out.detail).toMatch(/xyz/);
  });
});

describe("ocrImage never throws", () => {
  const never: OcrEngine = { recognize: () => new Promise(() => {}) };
  const broken: OcrEngine = {
    recognize: async () => {
      throw new Error("Error attempting to read image.");
    },
  };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it("refuses what is not an image before any engine runs", async () => {
    expect(await ocrImage(new TextEncoder().encode("%PDF-1.4"), "application/pdf", { engine: never })).toMatchObject({ text: null, reason: "not_an_image" });
    expect(await ocrImage(new TextEncoder().encode("not really a jpeg"), "image/jpeg", { engine: never })).toMatchObject({ text: null, reason: "unsupported_image" });
    expect(await ocrImage(new Uint8Array(11 * 1024 * 1024), "image/png", { engine: never })).toMatchObject({ text: null, reason: "too_large" });
  });

  it("gives up on an engine that never answers, and reports one that fails", async () => {
    const started = Date.now();
    expect(await ocrImage(png, "image/png", { engine: never, timeoutMs: 10 })).toMatchObject({ text: null, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await ocrImage(png, "image/png", { engine: broken })).toMatchObject({ text: null, reason: "engine_error", detail: "Error attempting to read image." });
  });

  it("recognises image formats by their bytes", () => {
    expect(imageFormatOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(imageFormatOf(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(imageFormatOf(new TextEncoder().encode("GIF89a"))).toBe("gif");
    expect(imageFormatOf(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
