import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

export type ChannelSecretField = "access_token" | "app_secret";

/** Each secret is bound to its channel and column, so a value copied elsewhere does not decrypt. */
const aad = (channelId: string, field: ChannelSecretField) => `channel:${channelId}:${field}`;

export const encryptChannelSecret = (channelId: string, field: ChannelSecretField, value: string) => encryptSecret(value, aad(channelId, field));
export const decryptChannelSecret = (channelId: string, field: ChannelSecretField, boxed: string) => decryptSecret(boxed, aad(channelId, field));
