import { afterAll, describe, expect, it } from "vitest";
import { legibleExcerpt, mediaForAssistant, type MediaOptions } from "./describe-media";
import { closeDefaultOcrEngine, type OcrOutcome } from "./ocr";
import { renderTextToPng } from "./render-text";

afterAll(() => closeDefaultOcrEngine());

const photo = { type: "image", media: { mimeType: "image/jpeg", storageKey: "k" } };
const voiceNote = { type: "audio", media: { mimeType: "audio/ogg; codecs=opus", voice: true } };
const bytes = new Uint8Array([1, 2, 3]);
const ocrSays =
  (out: OcrOutcome): MediaOptions["ocr"] =>
  async () =>
    out;
const whisper = { baseUrl: "http://127.0.0.1:1/v1", model: "whisper-1" };

describe("mediaForAssistant: photos", () => {
  it("summarises a receipt in the customer's language, from what OCR read", async () => {
    const ocr = ocrSays({ text: "SUPER PLAZA\n12/03/2024\nPedido nº 8842\nTOTAL 59,90 €", confidence: 88 });
    const es = await mediaForAssistant(photo, bytes, { language: "es", ocr });
    expect(es).toMatchObject({ kind: "receipt", text: "[Foto de un ticket: pedido 8842, total 59,90 €, fecha 12/03/2024]" });
    expect(es.extracted?.receipt).toMatchObject({ orderNumbers: ["8842"], totals: [{ amount: "59,90", currency: "EUR", micros: 59_900_000 }] });
    expect(es.escalate).toBeUndefined();
    expect((await mediaForAssistant(photo, bytes, { language: "en", ocr })).text).toBe("[Photo of a receipt: order 8842, total 59,90 €, date 2024-03-12]");
    expect((await mediaForAssistant(photo, bytes, { language: "pt", ocr })).text).toBe("[Foto de um recibo: pedido 8842, total 59,90 €, data 12/03/2024]");
  });

  it("adds the caption the customer wrote", async () => {
    const ocr = ocrSays({ text: "Order #A-1209\nTotal: R$ 120,00", confidence: 90 });
    const out = await mediaForAssistant({ ...photo, media: { ...photo.media, caption: "¿Cuándo llega?" } }, bytes, { language: "es", ocr });
    expect(out.text).toBe("[Foto de un ticket: pedido A-1209, total R$ 120,00] ¿Cuándo llega?");
  });

  it("quotes the text of a photo that is not a receipt", async () => {
    const out = await mediaForAssistant(photo, bytes, { language: "es", ocr: ocrSays({ text: "Error 504\nEl pago no se ha podido completar", confidence: 80 }) });
    expect(out).toMatchObject({ kind: "image", text: "[Foto con texto: «Error 504 El pago no se ha podido completar»]" });
  });

  it("hands a photo it cannot read to a person, unless the caption says what it is about", async () => {
    const blank = ocrSays({ text: "~ . |", confidence: 10 });
    expect(await mediaForAssistant(photo, bytes, { language: "es", ocr: blank })).toMatchObject({
      kind: "image",
      text: "[Foto: no se ha podido leer ningún texto en ella]",
      escalate: true,
      customerReply: "He recibido tu foto, pero no puedo ver lo que muestra. Se la paso a una persona del equipo.",
    });
    const failed = ocrSays({ text: null, reason: "timeout" });
    const captioned = await mediaForAssistant({ ...photo, body: "me llegó roto" }, bytes, { language: "es", ocr: failed });
    expect(captioned).toMatchObject({ kind: "image", text: "[Foto: no se ha podido leer ningún texto en ella] me llegó roto", reason: "ocr timeout" });
    expect(captioned.escalate).toBeUndefined();
    expect(await mediaForAssistant(photo, null, { language: "en", ocr: blank })).toMatchObject({ escalate: true, reason: "media not downloaded" });
  });

  it("reads a real rendered photo end to end with tesseract.js", async () => {
    const png = await renderTextToPng("Pedido 8842\nTotal 59,90 EUR");
    const out = await mediaForAssistant({ type: "image", media: { mimeType: "image/png" } }, png, { language: "es" });
    expect(out).toMatchObject({ kind: "receipt", text: "[Foto de un ticket: pedido 8842, total 59,90 €]" });
  }, 60_000);
});

describe("mediaForAssistant: voice notes", () => {
  it("says honestly it cannot listen when the workspace has no transcription model", async () => {
    const out = await mediaForAssistant(voiceNote, bytes, { language: "es", transcription: null });
    expect(out).toMatchObject({ kind: "voice", escalate: true, customerReply: "No puedo escuchar notas de voz. Se la paso a una persona del equipo.", reason: "no transcription model" });
    expect((await mediaForAssistant(voiceNote, bytes, { language: "pt" })).customerReply).toBe("Não consigo ouvir mensagens de voz. Vou passar para uma pessoa da equipe.");
  });

  it("puts the transcript into the conversation", async () => {
    const seen: unknown[] = [];
    const out = await mediaForAssistant(voiceNote, bytes, {
      language: "es",
      transcription: whisper,
      transcribe: async (b, mime, config) => {
        seen.push([b, mime, config]);
        return { text: "Hola, quería saber dónde está mi pedido 8842" };
      },
    });
    expect(out).toEqual({ kind: "voice", text: "[Nota de voz] Hola, quería saber dónde está mi pedido 8842", extracted: { transcript: "Hola, quería saber dónde está mi pedido 8842" } });
    expect(seen).toEqual([[bytes, "audio/ogg", whisper]]);
  });

  it("hands over when transcription fails, with the reason", async () => {
    const out = await mediaForAssistant(voiceNote, bytes, { language: "en", transcription: whisper, transcribe: async () => ({ text: null, reason: "unauthorized", detail: "HTTP 401: bad key" }) });
    expect(out).toMatchObject({ kind: "voice", escalate: true, reason: "transcription unauthorized: HTTP 401: bad key", customerReply: "I couldn't make out your voice note. I'm passing it to someone on the team." });
  });
});

describe("mediaForAssistant: other media", () => {
  it("names documents and videos it cannot open, and escalates only without a caption", async () => {
    const pdf = { type: "document", media: { mimeType: "application/pdf", filename: "factura-8842.pdf" } };
    expect(await mediaForAssistant(pdf, bytes, { language: "es" })).toMatchObject({ kind: "other", text: "[Documento: factura-8842.pdf]", escalate: true });
    expect(await mediaForAssistant({ ...pdf, body: "mi factura" }, bytes, { language: "es" })).toMatchObject({ kind: "other", text: "[Documento: factura-8842.pdf] mi factura" });
    expect(await mediaForAssistant({ type: "video", media: { mimeType: "video/mp4" } }, bytes, { language: "en" })).toMatchObject({ text: "[Video]", escalate: true });
    expect(await mediaForAssistant({ type: "sticker", media: { mimeType: "image/webp" } }, bytes, { language: "es" })).toEqual({ kind: "image", text: "[Sticker]" });
    expect(await mediaForAssistant({ type: "text", media: null, body: "hola" }, null, { language: "es" })).toMatchObject({ kind: "other", text: null });
  });

  it("reads an image sent as a document like a photo", async () => {
    const out = await mediaForAssistant({ type: "document", media: { mimeType: "image/png", filename: "ticket.png" } }, bytes, { language: "es", ocr: ocrSays({ text: "Order #A-1209", confidence: 90 }) });
    expect(out).toMatchObject({ kind: "receipt", text: "[Foto de un ticket: pedido A-1209]" });
  });

  it("quotes only legible words, cut at a word", () => {
    expect(legibleExcerpt("- ~ |")).toBeNull();
    expect(legibleExcerpt("a b 1")).toBeNull();
    expect(legibleExcerpt("word ".repeat(100))?.endsWith("word…")).toBe(true);
  });
});
