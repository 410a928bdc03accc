import type { Worker as ThreadWorker } from "node:worker_threads";
import type Tesseract from "tesseract.js";
import { OcrTimeoutError, OcrUnavailableError, type OcrEngine, type OcrText } from "./ocr";
import { tessdataDir } from "./tessdata";

export type TesseractEngineOptions = {
  /** Tesseract language codes, each from an installed `@tesseract.js-data/<code>` package. */
  langs?: string[];
  /** Longest a single image may take before its worker is killed (and started afresh next time). */
  timeoutMs?: number;
  /** Longest the worker may take to start (load the WASM core and the language data). */
  startTimeoutMs?: number;
  /** Idle time after which the worker thread is stopped to give its memory back. */
  idleMs?: number;
  /** Where the app's node_modules are (default: the working directory). */
  root?: string;
};

type TessWorker = Tesseract.Worker & { worker?: ThreadWorker };

/**
 * OCR with tesseract.js in a worker thread, entirely offline: the WASM core comes from the
 * `tesseract.js-core` package, the language models from `@tesseract.js-data/*`, nothing is cached
 * to disk or fetched. The worker is created on the first image, reused, and serves one image at a
 * time (a queue); an image that takes too long kills it, an idle one is stopped after `idleMs`.
 */
export function createTesseractEngine(opts: TesseractEngineOptions = {}): OcrEngine & { close(): Promise<void> } {
  const langs = opts.langs ?? ["spa", "eng", "por"];
  const idleMs = opts.idleMs ?? 5 * 60_000;
  let current: Promise<TessWorker> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;

  /** Forgets a worker (the next image starts a new one) and stops its thread. */
  const discard = (w: Promise<TessWorker> | null) => {
    if (!w) return;
    if (current === w) current = null;
    // terminate() only posts to the thread: safe on one that already died.
    w.then((worker) => worker.terminate()).catch(() => {});
  };

  const start = async (): Promise<TessWorker> => {
    const langPath = await tessdataDir(langs, { root: opts.root }).catch((err: Error) => {
      throw new OcrUnavailableError(err.message);
    });
    const mod = (await import("tesseract.js").catch((err: Error) => {
      throw new OcrUnavailableError(`tesseract.js is not installed: ${err.message}`);
    })) as unknown as { default?: typeof Tesseract } & typeof Tesseract;
    const T = mod.default ?? mod;
    const created = T.createWorker(langs.join("+"), T.OEM.LSTM_ONLY, {
      langPath,
      cacheMethod: "none",
      gzip: true,
      logger: () => {},
      // Without a handler tesseract.js rethrows a failed job inside its message listener, which
      // would be an uncaught exception in the app; the job's own promise still rejects.
      errorHandler: () => {},
    });
    // A failed start leaves tesseract.js's promise pending forever: the timeout makes it an error,
    // and a worker that comes up after all is stopped rather than left running.
    let gaveUp = false;
    created.then((w) => (gaveUp ? w.terminate() : undefined)).catch(() => {});
    return (await withTimeout(created, opts.startTimeoutMs ?? 30_000, "starting the OCR worker").catch((err: Error) => {
      gaveUp = true;
      throw new OcrUnavailableError(err.message);
    })) as TessWorker;
  };

  const launch = () => {
    const pending = start();
    pending
      .then((worker) => {
        // A thread that dies (out of memory, a WASM abort) is replaced on the next image.
        worker.worker?.on("error", () => discard(pending));
        worker.worker?.on("exit", () => discard(pending));
        worker.worker?.unref();
      })
      .catch(() => discard(pending));
    return pending;
  };

  const run = async (bytes: Uint8Array, deadline: number): Promise<OcrText> => {
    clearTimeout(idleTimer);
    const pending = (current ??= launch());
    const worker = await pending;
    const timeoutMs = deadline - Date.now();
    if (timeoutMs <= 0) throw new OcrTimeoutError("no time left after waiting for the OCR worker");
    // While an image is being read the thread keeps the process alive (a script awaiting OCR must not exit).
    worker.worker?.ref();
    try {
      const { data } = await withTimeout(worker.recognize(Buffer.from(bytes), { rotateAuto: true }), timeoutMs, "reading the image");
      return { text: data.text ?? "", confidence: data.confidence ?? 0 };
    } catch (err) {
      // A timed-out job is still running in the thread; only killing the thread stops it.
      if (err instanceof OcrTimeoutError) discard(pending);
      throw err instanceof Error ? err : new Error(String(err));
    } finally {
      worker.worker?.unref();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => discard(current), idleMs);
      idleTimer.unref();
    }
  };

  return {
    recognize(bytes, { timeoutMs }) {
      // The caller's time runs from now: time spent behind other images in the queue counts.
      const deadline = Date.now() + Math.min(timeoutMs, opts.timeoutMs ?? Infinity);
      const job = queue.then(() => run(bytes, deadline));
      queue = job.catch(() => {});
      return job;
    },
    async close() {
      clearTimeout(idleTimer);
      const w = current;
      current = null;
      if (w) await w.then((worker) => worker.terminate()).catch(() => {});
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrTimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
