import { autoCloseConversation } from "./auto-close-conversation";
import { channelHealthCheck } from "./channel-health-check";
import { nightlyMaintenance } from "./nightly-maintenance";
import { downloadMedia } from "./download-media";
import { replyToCustomer } from "./reply-to-customer";
import { resendStaleSends } from "./resend-stale-sends";
import { sendMessage } from "./send-message";
import { workflowSelfTest } from "./workflow-self-test";

/** Every durable workflow Hilo serves (app/api/inngest and the offline executor register these). */
export const functions = [autoCloseConversation, nightlyMaintenance, workflowSelfTest, sendMessage, downloadMedia, channelHealthCheck, resendStaleSends, replyToCustomer];
