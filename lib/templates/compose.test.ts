import { describe, expect, it } from "vitest";
import { fillExamples, insertVariable, renameExamples } from "./compose";

describe("insertVariable", () => {
  it("appends the next number at the end, with a space before it", () => {
    expect(insertVariable("Hola", 4)).toEqual({ text: "Hola {{1}}", cursor: 10, added: "1", renames: {} });
    expect(insertVariable("Hola {{1}}, tu cita es el ", 26)).toEqual({ text: "Hola {{1}}, tu cita es el {{2}}", cursor: 31, added: "2", renames: {} });
  });

  it("renumbers in reading order when inserted before existing variables", () => {
    const r = insertVariable("Hola {{1}}, tu cita es el {{2}}.", 0);
    expect(r).toEqual({ text: "{{1}} Hola {{2}}, tu cita es el {{3}}.", cursor: 5, added: "1", renames: { "1": "2", "2": "3" } });
  });

  it("replaces a selection and leaves named variables alone", () => {
    expect(insertVariable("Hola {{nombre}}, cita XXX.", 22, 25).text).toBe("Hola {{nombre}}, cita {{1}}.");
  });
});

describe("renameExamples and fillExamples", () => {
  it("moves example values with their variables", () => {
    expect(renameExamples({ "1": "Carmen", "2": "jueves", nombre: "x" }, { "1": "2", "2": "3" })).toEqual({ nombre: "x", "2": "Carmen", "3": "jueves" });
  });

  it("fills the examples it has and keeps the other variables visible", () => {
    expect(fillExamples("Hola {{1}}, tu cita es el {{2}}.", { "1": "Carmen", "2": " " })).toBe("Hola Carmen, tu cita es el {{2}}.");
  });
});
