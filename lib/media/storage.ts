import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

/**
 * Where media bytes live: a local folder by default (`MEDIA_DIR`, `.data/media`). Keys are
 * `<tenant>/<message>`; nothing user-controlled reaches the path.
 */
export interface MediaStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
}

const SAFE_KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export function localMediaStore(root = getEnv().MEDIA_DIR): MediaStore {
  const file = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error(`unsafe media key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes);
    },
    get: async (key) => new Uint8Array(await readFile(file(key))),
  };
}

export const mediaKey = (tenantId: string, messageId: string) => `${tenantId}/${messageId}`;
