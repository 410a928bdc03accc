import { describe, expect, it } from "vitest";
import { formParams, twilioSignature, verifyTwilioSignature } from "./signature";

/**
 * Known-good vectors, not produced by the code under test. Twilio's documented example
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security, and the RequestValidator tests of
 * its official SDKs). Recomputed independently with OpenSSL:
 *   printf '%s' 'https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+12349013030Digits1234From+12349013030To+18005551212' \
 *     | openssl dgst -sha1 -hmac '12345' -binary | openssl base64      → 0/KCTR6DLpKmkAf8muzZqo1nDgQ=
 * and the same with +14158675309 for Caller/From                       → RSOYDt4T1cUTdK1PDd93/VVr8B8=
 */
const URL_ = "https://mycompany.com/myapp.php?foo=1&bar=2";
const TOKEN = "12345";
const docParams = (caller: string) => ({ To: "+18005551212", From: caller, Digits: "1234", Caller: caller, CallSid: "CA1234567890ABCDE" });

describe("verifyTwilioSignature", () => {
  it("reproduces Twilio's documented signatures (params given unsorted)", () => {
    expect(twilioSignature(URL_, docParams("+12349013030"), TOKEN)).toBe("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    expect(verifyTwilioSignature(URL_, docParams("+12349013030"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TOKEN)).toBe(true);
    expect(verifyTwilioSignature(URL_, docParams("+14158675309"), "RSOYDt4T1cUTdK1PDd93/VVr8B8=", TOKEN)).toBe(true);
  });

  it("rejects a tampered parameter, URL, token or header, and missing inputs", () => {
    const sig = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
    expect(verifyTwilioSignature(URL_, { ...docParams("+12349013030"), Digits: "1235" }, sig, TOKEN)).toBe(false);
    expect(verifyTwilioSignature(`${URL_}&x=1`, docParams("+12349013030"), sig, TOKEN)).toBe(false);
    expect(verifyTwilioSignature(URL_, docParams("+12349013030"), sig, "54321")).toBe(false);
    expect(verifyTwilioSignature(URL_, docParams("+12349013030"), sig.slice(0, -2), TOKEN)).toBe(false);
    expect(verifyTwilioSignature(URL_, docParams("+12349013030"), null, TOKEN)).toBe(false);
    expect(verifyTwilioSignature(URL_, docParams("+12349013030"), sig, "")).toBe(false);
  });

  it("reads a form body into the flat map Twilio signs", () => {
    const body = "CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212";
    expect(verifyTwilioSignature(URL_, formParams(body), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TOKEN)).toBe(true);
  });
});
