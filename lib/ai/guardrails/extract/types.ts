import type { Language } from "../../types";
import type { CalendarDate, WallClock } from "./calendar";
import type { Span } from "./text";

export const CLAIM_KINDS = ["amount", "date", "time", "order_number", "status", "duration", "deadline", "phone", "url", "email", "address"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A checkable statement in a text: what it said (`text`) and its comparable form (`normalized`). */
export type Claim = { kind: ClaimKind; text: string; normalized: string };

/** Known parts of a date as written: "jueves 27" knows the weekday and the day, not the month. */
export type DateValue = { resolved: CalendarDate; year?: number; month?: number; day?: number; weekday?: number; relative?: boolean };
export type TimeValue = { hour: number; minute: number; ambiguous: boolean };
/** A date, a time, or both written together ("mañana a las 10:00"). */
export type Moment = { date?: DateValue; time?: TimeValue; offsetDays?: number };

export type StatusCode = "pending" | "paid" | "processing" | "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "cancelled" | "returned" | "booked" | "completed" | "no_show";

/** A claim with what the grounding check compares, and where it was found. */
export type ClaimDetail = Claim &
  Span & {
    amount?: { value: number; currency: string };
    /** In minutes, or in business days when `businessDays`. */
    duration?: { min: number; max: number; businessDays: boolean };
    moment?: Moment;
    status?: { code: StatusCode; negated: boolean };
    address?: { name: string; number: string };
  };

export type Found = Omit<ClaimDetail, "text">;

export type ExtractContext = {
  /** Languages whose words are recognised (the draft's; all three for evidence). */
  languages: readonly Language[];
  today: CalendarDate;
  now: WallClock;
  timeZone: string;
  mode: "draft" | "evidence";
};

/** Reads one kind of claim from the working copy; the caller masks what it returns. */
export type Extractor = (folded: string, original: string, ctx: ExtractContext) => Found[];
