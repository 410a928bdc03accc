import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { mediaLinkQuery, servePublicMedia, signedMediaUrl, verifyMediaLink } from "./public-link";
import { MediaNotFoundError, type MediaStore } from "./storage";

const KEY = "0b7e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const OTHER_KEY = "1b7e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const T0 = Date.parse("2025-03-01T10:00:00Z");
const origin = "https://hilo.example.com";

const paramsOf = (url: string) => new URL(url).searchParams;
const tamper = (p: URLSearchParams, name: string, value: string) => {
  const copy = new URLSearchParams(p);
  copy.set(name, value);
  return copy;
};

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("signed media links", () => {
  it("builds /api/media/public?key&type&exp&sig on the app origin, valid until exp", async () => {
    const url = await signedMediaUrl(KEY, "image/jpeg", 3600, { origin: `${origin}/`, now: T0 });
    const u = new URL(url);
    expect(`${u.origin}${u.pathname}`).toBe(`${origin}/api/media/public`);
    expect([...u.searchParams.keys()]).toEqual(["key", "type", "exp", "sig"]);
    expect(u.searchParams.get("exp")).toBe(String(T0 / 1000 + 3600));
    expect(verifyMediaLink(u.searchParams, T0 + 3600_000)).toEqual({ ok: true, key: KEY, mimeType: "image/jpeg", expiresAt: new Date(T0 + 3600_000) });
  });

  it("uses APP_URL when no origin is given", async () => {
    vi.stubEnv("APP_URL", "https://app.hilo.test/");
    resetEnvCache();
    expect(await signedMediaUrl(KEY, "image/png", 60, { now: T0 })).toMatch(/^https:\/\/app\.hilo\.test\/api\/media\/public\?key=/);
  });

  it("refuses an expired link", async () => {
    const p = paramsOf(await signedMediaUrl(KEY, "image/jpeg", 60, { origin, now: T0 }));
    expect(verifyMediaLink(p, T0 + 60_001)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a tampered key, type or expiry, and a truncated or missing signature", async () => {
    const p = paramsOf(await signedMediaUrl(KEY, "image/jpeg", 60, { origin, now: T0 }));
    expect(verifyMediaLink(tamper(p, "key", OTHER_KEY), T0)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyMediaLink(tamper(p, "type", "text/html"), T0)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyMediaLink(tamper(p, "exp", String(Number(p.get("exp")) + 86400)), T0)).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyMediaLink(tamper(p, "sig", p.get("sig")!.slice(0, 20)), T0)).toEqual({ ok: false, reason: "bad_signature" });
    const noSig = new URLSearchParams(p);
    noSig.delete("sig");
    expect(verifyMediaLink(noSig, T0)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses malformed parameters before any signature check", () => {
    const good = mediaLinkQuery(KEY, "image/jpeg", T0 / 1000 + 60);
    expect(verifyMediaLink(tamper(good, "key", "../../etc/passwd"), T0)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMediaLink(tamper(good, "exp", "1e12"), T0)).toEqual({ ok: false, reason: "malformed" });
    expect(verifyMediaLink(new URLSearchParams(), T0)).toEqual({ ok: false, reason: "malformed" });
  });

  it("a link signed under another AUTH_SECRET does not verify", async () => {
    const p = paramsOf(await signedMediaUrl(KEY, "image/jpeg", 60, { origin, now: T0 }));
    vi.stubEnv("AUTH_SECRET", "another-secret-that-is-long-enough-0123456789");
    resetEnvCache();
    expect(verifyMediaLink(p, T0)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("signs only <uuid>/<uuid> keys, a media type and a bounded lifetime", async () => {
    await expect(signedMediaUrl("x/../y", "image/jpeg", 60, { origin })).rejects.toThrow(/unsafe media key/);
    await expect(signedMediaUrl(KEY, "image/jpeg\r\nx: y", 60, { origin })).rejects.toThrow(/not a media type/);
    await expect(signedMediaUrl(KEY, "image/jpeg", 8 * 24 * 3600, { origin })).rejects.toThrow(/expiresInSeconds/);
  });
});

describe("serving a public link", () => {
  const PDF = new TextEncoder().encode("%PDF-1.7 hello");
  const store: MediaStore = {
    put: async () => {},
    get: async (k) => {
      if (k === KEY) return PDF;
      throw new MediaNotFoundError(k);
    },
  };

  it("serves the bytes with the signed type, nosniff, never inline for a document", async () => {
    const res = await servePublicMedia(mediaLinkQuery(KEY, "application/pdf", T0 / 1000 + 60), { store, now: T0 });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect(Object.fromEntries(res.headers)).toMatchObject({ "content-type": "application/pdf", "content-disposition": "attachment", "x-content-type-options": "nosniff", "cache-control": "private, max-age=60" });
  });

  it("403 for a bad or expired link, 404 when the object is gone", async () => {
    expect((await servePublicMedia(tamper(mediaLinkQuery(KEY, "application/pdf", T0 / 1000 + 60), "key", OTHER_KEY), { store, now: T0 })).status).toBe(403);
    const expired = await servePublicMedia(mediaLinkQuery(KEY, "application/pdf", T0 / 1000 - 1), { store, now: T0 });
    expect([expired.status, await expired.text()]).toEqual([403, "link expired"]);
    expect((await servePublicMedia(mediaLinkQuery(OTHER_KEY, "application/pdf", T0 / 1000 + 60), { store, now: T0 })).status).toBe(404);
  });
});
