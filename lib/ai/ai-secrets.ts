import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

export type AiSecretField = "api_key";

/** Each secret is bound to its ai_settings row and column, so a value copied elsewhere does not decrypt. */
const aad = (settingsId: string, field: AiSecretField) => `ai_settings:${settingsId}:${field}`;

export const encryptAiSecret = (settingsId: string, field: AiSecretField, value: string) => encryptSecret(value, aad(settingsId, field));
export const decryptAiSecret = (settingsId: string, field: AiSecretField, boxed: string) => decryptSecret(boxed, aad(settingsId, field));
