import { describe, expect, it } from "vitest";
import { mediaProblem } from "@/lib/media/limits";
import { whatsAppMimeType } from "./file-type";

describe("whatsAppMimeType", () => {
  it("keeps the types WhatsApp names, lower-cased and without parameters", () => {
    expect(whatsAppMimeType({ type: "image/PNG", name: "a.png" })).toBe("image/png");
    expect(whatsAppMimeType({ type: "audio/ogg; codecs=opus", name: "nota.ogg" })).toBe("audio/ogg");
  });

  it("maps the browsers' own audio names to WhatsApp's, so an M4A or MP3 voice note is accepted", () => {
    for (const [type, name, expected] of [
      ["audio/x-m4a", "nota.m4a", "audio/mp4"],
      ["audio/mp3", "nota.mp3", "audio/mpeg"],
      ["audio/x-aac", "nota.aac", "audio/aac"],
      ["audio/opus", "nota.opus", "audio/ogg"],
      ["image/jpg", "foto.jpg", "image/jpeg"],
    ]) {
      expect(whatsAppMimeType({ type, name })).toBe(expected);
      expect(mediaProblem(expected.startsWith("audio") ? "audio" : "image", expected, 1000)).toBeNull();
    }
  });

  it("falls back on the extension when the browser gives no type, and leaves unknown files unknown", () => {
    expect(whatsAppMimeType({ type: "", name: "grabacion.AMR" })).toBe("audio/amr");
    expect(whatsAppMimeType({ type: "application/octet-stream", name: "nota.opus" })).toBe("audio/ogg");
    expect(whatsAppMimeType({ type: "", name: "factura.pdf" })).toBe("application/octet-stream");
    expect(whatsAppMimeType({ type: "application/pdf", name: "factura.jpg" })).toBe("application/pdf");
  });
});
