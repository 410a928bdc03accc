import type { FetchLike } from "../providers/types";
import { handleSimulatorGraph, type GraphResponse, type SimulatorDeps } from "./graph-api";

/** A simulator answer as an HTTP response: JSON, or the bytes of a media download. */
export function toHttpResponse(res: GraphResponse): Response {
  if (res.bytes) return new Response(new Uint8Array(res.bytes), { status: res.status, headers: { "content-type": res.contentType ?? "application/octet-stream" } });
  return Response.json(res.body, { status: res.status });
}

/** The request body as the simulator takes it: multipart stays FormData, JSON is parsed. */
export async function simulatorRequestBody(contentType: string | null, read: { formData(): Promise<FormData>; text(): Promise<string> }): Promise<unknown> {
  if (contentType?.startsWith("multipart/form-data")) return read.formData().catch(() => null);
  const text = await read.text().catch(() => "");
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * A FetchLike that answers requests under `baseUrl` from the simulator in this process, with no
 * HTTP in between: give it to a provider client (MetaGraphClient) in tests, or wherever the app
 * talks to its own simulator. Anything outside `baseUrl` gets a 404, as from an unknown host.
 */
export function simulatorFetch(deps: SimulatorDeps & { baseUrl: string }): FetchLike {
  const base = new URL(deps.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  return async (input, init) => {
    const url = new URL(input);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) return new Response("not found", { status: 404 });
    const path = url.pathname.slice(basePath.length + 1).split("/").filter(Boolean).map(decodeURIComponent);
    const request = new Request(url, { method: init?.method ?? "GET", headers: init?.headers, body: init?.body ?? null });
    const body = await simulatorRequestBody(request.headers.get("content-type"), request);
    return toHttpResponse(await handleSimulatorGraph(request.method, path, request.headers, body, { ...deps, query: url.searchParams }));
  };
}
