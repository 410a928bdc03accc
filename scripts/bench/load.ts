// A bounded load loop on loopback: `concurrency` workers send requests for `durationMs`, never longer.

export type LoadResult = { requests: number; errors: number; perSecond: number; p50Ms: number; p99Ms: number; statuses: Record<string, number> };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

export async function runLoad(makeRequest: (i: number) => { url: string; init: RequestInit }, opts: { concurrency: number; durationMs: number; maxRequests?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  const max = opts.maxRequests ?? Number.POSITIVE_INFINITY;
  async function worker() {
    while (performance.now() < deadline && next < max) {
      const { url, init } = makeRequest(next++);
      const t0 = performance.now();
      try {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 300) errors++;
      } catch {
        errors++;
        statuses.network = (statuses.network ?? 0) + 1;
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round((latencies.length / elapsed) * 1000 * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    statuses,
  };
}
