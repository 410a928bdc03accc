import { describe, expect, it } from "vitest";
import { amzDate, canonicalQuery, canonicalRequest, EMPTY_PAYLOAD_HASH, encodePath, sha256Hex, signRequest } from "./sigv4";

// AWS's published examples for header-based S3 signing:
// https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html
const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const date = new Date("2013-05-24T00:00:00Z");

describe("SigV4 against AWS's S3 examples", () => {
  it("GET Object with a Range header", () => {
    const headers = signRequest({ method: "GET", url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"), headers: { Range: "bytes=0-9" }, payloadHash: EMPTY_PAYLOAD_HASH, region: "us-east-1", credentials, date });
    expect(headers).toEqual({
      Range: "bytes=0-9",
      "x-amz-date": "20130524T000000Z",
      "x-amz-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    });
  });

  it("the GET example's canonical request, as the documentation prints it", () => {
    const { text, signedHeaders } = canonicalRequest("GET", "/test.txt", "", { Host: "examplebucket.s3.amazonaws.com", Range: "bytes=0-9", "x-amz-content-sha256": EMPTY_PAYLOAD_HASH, "x-amz-date": "20130524T000000Z" }, EMPTY_PAYLOAD_HASH);
    expect(text).toBe(
      ["GET", "/test.txt", "", "host:examplebucket.s3.amazonaws.com", "range:bytes=0-9", `x-amz-content-sha256:${EMPTY_PAYLOAD_HASH}`, "x-amz-date:20130524T000000Z", "", "host;range;x-amz-content-sha256;x-amz-date", EMPTY_PAYLOAD_HASH].join("\n"),
    );
    expect(signedHeaders).toBe("host;range;x-amz-content-sha256;x-amz-date");
    expect(sha256Hex(text)).toBe("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
  });

  it("PUT Object: a body hash, a $ in the key, extra signed headers", () => {
    const body = "Welcome to Amazon S3.";
    const headers = signRequest({
      method: "PUT",
      url: new URL("https://examplebucket.s3.amazonaws.com/test$file.text"),
      headers: { Date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadHash: sha256Hex(body),
      region: "us-east-1",
      credentials,
      date,
    });
    expect(headers["x-amz-content-sha256"]).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
    );
  });

  it("a different secret, region or time gives a different signature", () => {
    const base = { method: "GET", url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"), payloadHash: EMPTY_PAYLOAD_HASH, region: "us-east-1", credentials, date };
    const sig = (o: Partial<typeof base>) => signRequest({ ...base, ...o }).authorization.split("Signature=")[1];
    expect(new Set([sig({}), sig({ region: "eu-west-1" }), sig({ date: new Date("2013-05-24T00:00:01Z") }), sig({ credentials: { ...credentials, secretAccessKey: "x" } })]).size).toBe(4);
  });

  it("adds the session token for temporary credentials and signs it", () => {
    const headers = signRequest({ method: "GET", url: new URL("https://b.s3.amazonaws.com/k"), payloadHash: EMPTY_PAYLOAD_HASH, region: "us-east-1", credentials: { ...credentials, sessionToken: "tok" }, date });
    expect(headers["x-amz-security-token"]).toBe("tok");
    expect(headers.authorization).toContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
  });
});

describe("canonical pieces", () => {
  it("encodes path segments once and keeps slashes", () => {
    expect(encodePath("/a b/ñ/x(1)*!'~._-")).toBe("/a%20b/%C3%B1/x%281%29%2A%21%27~._-");
  });
  it("sorts and encodes the query", () => {
    expect(canonicalQuery(new URLSearchParams("prefix=a b&list-type=2&acl"))).toBe("acl=&list-type=2&prefix=a%20b");
  });
  it("formats x-amz-date", () => {
    expect(amzDate(new Date("2024-02-29T23:59:58.123Z"))).toBe("20240229T235958Z");
  });
});
