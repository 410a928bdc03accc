import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogFor } from "./catalog";
import { resolveLocale } from "./locales";

const es = catalogFor("es");
const en = catalogFor("en");

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe("message catalogs", () => {
  it("Spanish and English have exactly the same keys", () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it("every literal key used with t(\"…\") exists", () => {
    const all = new Set(keys(es));
    const missing: string[] = [];
    let checked = 0;
    for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
      // Each top-level function is its own scope: `t` may name different namespaces in two components.
      for (const src of readFileSync(file, "utf8").split(/\n(?=export )/)) {
        const namespaces = [
          ...src.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.]+)"\)/g),
          // const [t, format] = await Promise.all([getTranslations("ns"), …])
          ...src.matchAll(/const \[(\w+)[^\]]*\] = await Promise\.all\(\[getTranslations\("([\w.]+)"\)/g),
        ];
        for (const [, fn, ns] of namespaces) {
          for (const [, key] of src.matchAll(new RegExp(`\\b${fn}\\("([\\w.]+)"`, "g"))) {
            checked++;
            if (!all.has(`${ns}.${key}`) && ![...all].some((k) => k.startsWith(`${ns}.${key}.`))) missing.push(`${file}: ${ns}.${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(60); // the scan itself found the UI's keys
  });
});

describe("locale resolution", () => {
  it("prefers the user's choice, then the browser, then Spanish", () => {
    expect(resolveLocale("en", "es-ES,es;q=0.9")).toBe("en");
    expect(resolveLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(resolveLocale("fr", "de-DE, pt-BR;q=0.8, es;q=0.5")).toBe("es");
    expect(resolveLocale(undefined, null)).toBe("es");
  });
});
