/** Every message along an error's cause chain (drizzle wraps the driver's error in "Failed query"). */
export function errorChainText(e: unknown): string {
  const parts: string[] = [];
  for (let err = e as { message?: string; cause?: unknown } | undefined, i = 0; err && i < 10; err = err.cause as typeof err, i++) parts.push(String(err.message ?? err));
  return parts.join(" <- ");
}

/** Resolves to the error text of a promise that must reject; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return errorChainText(e);
  }
  throw new Error("expected the operation to fail, but it succeeded");
}
