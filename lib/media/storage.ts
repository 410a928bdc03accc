import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { s3ConfigFromEnv, s3MediaStore } from "./s3-store";

export type PutOptions = { contentType?: string };

/**
 * Where media bytes live: an S3-compatible bucket when `S3_BUCKET` is set, else a local folder
 * (`MEDIA_DIR`, `.data/media`). Keys are `<tenant uuid>/<uuid>` (`mediaKey`, `newMediaKey`);
 * nothing user-controlled reaches a path or an object name.
 */
export interface MediaStore {
  /** `contentType` is kept as the object's type where the store has one (S3); the database keeps it too. */
  put(key: string, bytes: Uint8Array, opts?: PutOptions): Promise<void>;
  /** Throws `MediaNotFoundError` when there is no such object. */
  get(key: string): Promise<Uint8Array>;
}

export class MediaNotFoundError extends Error {
  constructor(
    readonly key: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(`media ${key} not found${options?.detail ? ` (${options.detail})` : ""}`, { cause: options?.cause });
    this.name = "MediaNotFoundError";
  }
}

const SAFE_KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export const isMediaKey = (key: string) => SAFE_KEY.test(key);

export function assertMediaKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`unsafe media key ${key}`);
}

export function localMediaStore(root = getEnv().MEDIA_DIR): MediaStore {
  const file = (key: string) => {
    assertMediaKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new MediaNotFoundError(key, { cause: e });
        throw e;
      }
    },
  };
}

/** The configured store: S3 when `S3_BUCKET` is set (env validation guarantees its credentials), else the local folder. */
export function mediaStore(): MediaStore {
  const s3 = s3ConfigFromEnv(getEnv());
  return s3 ? s3MediaStore(s3) : localMediaStore();
}

/** Inbound media: one object per message. */
export const mediaKey = (tenantId: string, messageId: string) => `${tenantId}/${messageId}`;

/** Media the business uploads before the message exists (outbound): same shape, a fresh id. */
export const newMediaKey = (tenantId: string) => `${tenantId}/${crypto.randomUUID()}`;

/** The workspace a key belongs to: its first segment. */
export const mediaKeyTenant = (key: string) => key.slice(0, key.indexOf("/"));
