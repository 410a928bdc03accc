/** The executor's time source. Tests use `ManualClock` to make a 24-hour sleep fire at once. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | number = Date.now()) {
    this.ms = typeof start === "number" ? start : start.getTime();
  }
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    if (!Number.isFinite(ms) || ms < 0) throw new Error("the clock only moves forward");
    this.ms += ms;
    return this.now();
  }
  set(to: Date | number) {
    const ms = typeof to === "number" ? to : to.getTime();
    if (ms < this.ms) throw new Error("the clock only moves forward");
    this.ms = ms;
  }
}
