import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A phone number as people type it or spreadsheets export it ("612 34 56 78", "+34 612…",
 * "0034…", "34612345678" after Excel dropped the "+") as a WhatsApp id: E.164 digits without "+".
 * A number without prefix is read in `defaultCountry` first; digits that are not a valid number
 * there are tried as international. Null when it is not a valid phone number. Never for BSUIDs.
 */
export function toWaId(input: string, defaultCountry: string): string | null {
  const value = input
    .trim()
    .replace(/^whatsapp:/i, "")
    .replace(/^00/, "+");
  if (!/^\+?[\d\s().\-/]{4,30}$/.test(value)) return null;
  const country = defaultCountry.toUpperCase() as CountryCode;
  const national = parsePhoneNumberFromString(value, country);
  if (national?.isValid()) return national.number.slice(1);
  if (value.startsWith("+")) return null;
  const international = parsePhoneNumberFromString(`+${value.replace(/\D/g, "")}`);
  return international?.isValid() ? international.number.slice(1) : null;
}
