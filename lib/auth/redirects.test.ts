import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./redirects";

describe("callback URLs after sign-in", () => {
  it("allows only same-site paths", () => {
    expect(safeCallbackUrl("/w/clinica/inbox")).toBe("/w/clinica/inbox");
    expect(safeCallbackUrl("/invite/abc")).toBe("/invite/abc");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined, 42]) expect(safeCallbackUrl(bad)).toBeNull();
  });
});
