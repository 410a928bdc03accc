import { describe, expect, it } from "vitest";
import { slugify, withSuffix } from "./slug";

describe("workspace slugs", () => {
  it("turns business names into readable URL parts", () => {
    expect(slugify("Clínica Dental Sonrisa")).toBe("clinica-dental-sonrisa");
    expect(slugify("  Peluquería Marina & Co. ")).toBe("peluqueria-marina-co");
    expect(slugify("Açaí São João")).toBe("acai-sao-joao");
  });

  it("never yields an empty or one-letter slug, nor one longer than 40", () => {
    expect(slugify("¡¡!!")).toBe("workspace");
    expect(slugify("A")).toBe("workspace-a");
    expect(slugify("x".repeat(100)).length).toBeLessThanOrEqual(40);
  });

  it("numbers duplicates from 2", () => {
    expect(withSuffix("tienda", 1)).toBe("tienda");
    expect(withSuffix("tienda", 3)).toBe("tienda-3");
  });
});
