import { describe, expect, it } from "vitest";
import type { ListMessage, ReplyButtonsMessage } from "./types";
import { validateOutbound } from "./validate";

const paths = (p: { path: string }[]) => p.map((x) => x.path);
const buttons = (n: number, title = "Ok"): ReplyButtonsMessage => ({ kind: "buttons", body: "Choose", buttons: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, title })) });
const rows = (n: number, prefix = "r") => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Row ${i}` }));
const list = (sections: ListMessage["sections"], button = "Options"): ListMessage => ({ kind: "list", body: "Pick one", button, sections });

describe("validateOutbound", () => {
  it("accepts messages within every limit", () => {
    expect(validateOutbound("16505551234", { kind: "text", body: "x".repeat(4096) })).toEqual([]);
    expect(validateOutbound("16505551234", buttons(3, "x".repeat(20)))).toEqual([]);
    expect(validateOutbound("16505551234", list([{ title: "A", rows: rows(5) }, { title: "B", rows: rows(5, "s") }]))).toEqual([]);
  });

  it("refuses an empty recipient and a text over 4096 characters", () => {
    expect(validateOutbound("", { kind: "text", body: "x".repeat(4097) })).toEqual([
      { path: "to", message: "must not be empty" },
      { path: "body", message: "must be at most 4096 characters (got 4097)" },
    ]);
  });

  it("counts characters, not UTF-16 units (an emoji is one)", () => {
    expect(validateOutbound("1", buttons(1, "😀".repeat(20)))).toEqual([]);
  });

  it("refuses 4 reply buttons, a 21-character title, a 257-character id and duplicate ids", () => {
    expect(validateOutbound("1", buttons(4))).toEqual([{ path: "buttons", message: "must have 1 to 3 buttons (got 4)" }]);
    expect(validateOutbound("1", buttons(1, "x".repeat(21)))).toEqual([{ path: "buttons[0].title", message: "must be at most 20 characters (got 21)" }]);
    const m = buttons(2);
    m.buttons[0].id = "i".repeat(257);
    m.buttons[1].id = m.buttons[0].id;
    expect(paths(validateOutbound("1", m))).toEqual(["buttons[0].id", "buttons[1].id", "buttons[1].id"]);
  });

  it("checks button body (1024), footer (60) and text header (60)", () => {
    const m: ReplyButtonsMessage = { ...buttons(1), body: "b".repeat(1025), footer: "f".repeat(61), header: { type: "text", text: "h".repeat(61) } };
    expect(paths(validateOutbound("1", m))).toEqual(["body", "header.text", "footer"]);
  });

  it("refuses 11 rows across sections, 11 sections, and over-long list fields", () => {
    expect(validateOutbound("1", list([{ title: "A", rows: rows(6) }, { title: "B", rows: rows(5, "s") }]))).toEqual([
      { path: "sections", message: "must have 1 to 10 rows in total across sections (got 11)" },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: i === 0 ? rows(1) : [] }));
    expect(paths(validateOutbound("1", list(eleven)))).toEqual(["sections"]);
    const long = list([{ title: "t".repeat(25), rows: [{ id: "x".repeat(201), title: "r".repeat(25), description: "d".repeat(73) }] }], "b".repeat(21));
    expect(paths(validateOutbound("1", long))).toEqual(["button", "sections[0].title", "sections[0].rows[0].title", "sections[0].rows[0].description", "sections[0].rows[0].id"]);
  });

  it("requires section titles once there are several sections", () => {
    expect(validateOutbound("1", list([{ rows: rows(1) }, { title: "B", rows: rows(1, "s") }]))).toEqual([{ path: "sections[0].title", message: "is required" }]);
  });

  it("checks media: exactly one of id or link, caption rules, filename on documents only", () => {
    expect(paths(validateOutbound("1", { kind: "media", mediaType: "image", id: "1", link: "https://x/a.jpg" }))).toEqual(["media"]);
    expect(paths(validateOutbound("1", { kind: "media", mediaType: "image" }))).toEqual(["media"]);
    expect(paths(validateOutbound("1", { kind: "media", mediaType: "audio", id: "1", caption: "hi" }))).toEqual(["caption"]);
    expect(paths(validateOutbound("1", { kind: "media", mediaType: "image", link: "ftp://x", caption: "c".repeat(1025), filename: "a.jpg" }))).toEqual([
      "media.link",
      "caption",
      "filename",
    ]);
  });

  it("compares template parameters with the approved template's variable counts", () => {
    const m = {
      kind: "template" as const,
      name: "order_confirmation",
      language: "en_US",
      components: { body: [{ type: "text" as const, text: "Jessica" }], buttons: [{ subType: "url" as const, index: 1, parameters: [] }] },
    };
    expect(validateOutbound("1", m)).toEqual([]);
    expect(validateOutbound("1", m, { template: { body: 2, header: 1, buttons: { 1: 1 } } })).toEqual([
      { path: "components.header", message: "template expects 1 parameter(s), got 0" },
      { path: "components.body", message: "template expects 2 parameter(s), got 1" },
      { path: "components.buttons[index=1]", message: "template expects 1 parameter(s), got 0" },
    ]);
    expect(validateOutbound("1", { ...m, components: { body: [{ type: "text", text: "J" }] } }, { template: { body: 1 } })).toEqual([]);
  });

  it("checks the template name format", () => {
    expect(paths(validateOutbound("1", { kind: "template", name: "Order Confirmation", language: "en_US" }))).toEqual(["name"]);
  });
});
