import { createHash } from "node:crypto";
import { access, copyFile, mkdir, rename, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Language } from "../types";

/** Tesseract's name for each language the assistant speaks. */
export const TESSERACT_LANGS: Record<Language, string> = { es: "spa", en: "eng", pt: "por" };

/**
 * The traineddata file of one language, as shipped by the `@tesseract.js-data/<lang>` npm package
 * (the LSTM-only "best_int" models: small and what tesseract.js uses by default). Resolved from the
 * app's own node_modules, never from a CDN. Null when the package is not installed.
 */
export async function traineddataFile(lang: string, root = process.cwd()): Promise<string | null> {
  try {
    const pkg = createRequire(path.join(root, "package.json")).resolve(`@tesseract.js-data/${lang}/package.json`);
    const file = path.join(path.dirname(pkg), "4.0.0_best_int", `${lang}.traineddata.gz`);
    await access(file);
    return file;
  } catch {
    return null;
  }
}

/**
 * A folder holding `<lang>.traineddata.gz` for every language asked for, to give tesseract.js as its
 * `langPath` (it reads every language from one folder, while npm ships each in its own package).
 * Files are linked, or copied where links are not allowed, into a temp folder once per process.
 * Throws, naming the missing languages, when one is not installed.
 */
export async function tessdataDir(langs: string[], opts: { root?: string; into?: string } = {}): Promise<string> {
  const files = await Promise.all(langs.map(async (lang) => ({ lang, file: await traineddataFile(lang, opts.root) })));
  const missing = files.filter((f) => !f.file).map((f) => f.lang);
  if (missing.length) throw new Error(`no traineddata for ${missing.join(", ")} (npm package @tesseract.js-data/<lang>)`);
  // Named after the files it points to, so restarts and other processes of the same install share it.
  const digest = createHash("sha256").update(files.map((f) => f.file).join("\n")).digest("hex").slice(0, 12);
  const dir = opts.into ?? path.join(tmpdir(), `hilo-tessdata-${digest}`);
  await mkdir(dir, { recursive: true });
  for (const { lang, file } of files) {
    const target = path.join(dir, `${lang}.traineddata.gz`);
    if (await exists(target)) continue;
    try {
      await symlink(file!, target);
    } catch {
      // Another process made it meanwhile; else a link left dangling, or a file system without links: copy.
      if (await exists(target)) continue;
      await rm(target, { force: true });
      // Copied under another name and renamed, so a crash mid-copy never leaves a truncated model.
      await copyFile(file!, `${target}.${process.pid}`);
      await rename(`${target}.${process.pid}`, target);
    }
  }
  return dir;
}

async function exists(file: string) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
