/**
 * Delivery statuses only move forward: sent < delivered < read < played (voice notes), and failed
 * is terminal but cannot undo a delivery the customer already saw. Each status lists the ones it
 * may replace; a late or out-of-order webhook that is not allowed here changes nothing.
 */
export type DeliveryStatus = "sent" | "delivered" | "read" | "played" | "failed";

type StoredStatus = DeliveryStatus | "pending" | "received";

export const MAY_REPLACE: Record<DeliveryStatus, readonly StoredStatus[]> = {
  sent: ["pending"],
  delivered: ["pending", "sent"],
  read: ["pending", "sent", "delivered"],
  played: ["pending", "sent", "delivered", "read"],
  failed: ["pending", "sent", "delivered"],
};

/** The message column that records when each status happened. */
export const TIME_COLUMN = { sent: "sentAt", delivered: "deliveredAt", read: "readAt", played: "readAt", failed: "failedAt" } as const;
