import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tessdataDir, traineddataFile } from "./tessdata";

const dirs: string[] = [];
const scratch = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tessdata-test-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("tessdata from npm packages", () => {
  it("finds each language's model in node_modules", async () => {
    for (const lang of ["spa", "eng", "por"]) expect(await traineddataFile(lang)).toMatch(new RegExp(`@tesseract\\.js-data/${lang}/4\\.0\\.0_best_int/${lang}\\.traineddata\\.gz$`));
    expect(await traineddataFile("xyz")).toBeNull();
  });

  it("gathers the languages into one folder, repairing a dangling link, and names what is missing", async () => {
    const into = await scratch();
    await symlink("/nonexistent/eng.traineddata.gz", path.join(into, "eng.traineddata.gz"));
    const dir = await tessdataDir(["spa", "eng"], { into });
    const gz = await readFile(path.join(dir, "eng.traineddata.gz"));
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect((await readFile(path.join(dir, "spa.traineddata.gz"))).byteLength).toBeGreaterThan(100_000);
    await expect(tessdataDir(["spa", "xyz"], { into: await scratch() })).rejects.toThrow(/xyz/);
  });
});
