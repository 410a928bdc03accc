import { describe, expect, it } from "vitest";
import { simulatorControlEnabled } from "./control-access";
import { createFaultBook } from "./faults";

describe("fault book", () => {
  it("fails exactly the next N calls of one number, then none", () => {
    const book = createFaultBook();
    book.inject("111", 503, 2);
    expect([book.take("222"), book.take("111"), book.take("111"), book.take("111")]).toEqual([null, 503, 503, null]);
  });

  it("a new injection replaces the old one; clear removes one number or all", () => {
    const book = createFaultBook();
    book.inject("1", 500, 5);
    book.inject("1", 503, 1);
    expect(book.pending("1")).toEqual({ status: 503, remaining: 1 });
    book.inject("2", 500, 1);
    book.clear("1");
    expect([book.take("1"), book.pending("2")]).toEqual([null, { status: 500, remaining: 1 }]);
    book.clear();
    expect(book.take("2")).toBeNull();
    expect(() => book.inject("1", 500, 0)).toThrow(RangeError);
  });
});

describe("simulator control access", () => {
  it("is on outside production, and in production only with HILO_SIMULATOR_CONTROL=1", () => {
    expect(simulatorControlEnabled({ NODE_ENV: "development" })).toBe(true);
    expect(simulatorControlEnabled({ NODE_ENV: "test" })).toBe(true);
    expect(simulatorControlEnabled({ NODE_ENV: "production" })).toBe(false);
    expect(simulatorControlEnabled({ NODE_ENV: "production", HILO_SIMULATOR_CONTROL: "true" })).toBe(false);
    expect(simulatorControlEnabled({ NODE_ENV: "production", HILO_SIMULATOR_CONTROL: "1" })).toBe(true);
  });
});
