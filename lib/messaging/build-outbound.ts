import { mediaStore } from "@/lib/media/storage";
import { signedMediaUrl } from "@/lib/media/public-link";
import { variablesIn } from "@/lib/templates/variables";
import type { OutboundMessage, TemplateParameter, WhatsAppProvider } from "@/lib/whatsapp/providers/types";
import type { QueuedContent } from "./outbound-content";
import type { Template } from "./send-gates";

const componentOf = (t: Template, type: string) => t.components.find((c) => String(c.type).toUpperCase() === type);

/** Text parameters for a component's variables; named templates name each one (`{{first_name}}`). */
function textParameters(t: Template, text: unknown, values: readonly string[] = []): TemplateParameter[] {
  const names = variablesIn(typeof text === "string" ? text : "");
  return values.map((value, i) => (t.parameterFormat === "named" ? { type: "text", text: value, parameterName: names[i] } : { type: "text", text: value }));
}

/**
 * Turns a queued message into what the channel's provider sends. Stored media is uploaded to the
 * provider first (Meta, 360dialog, the simulator) or, for providers that fetch media by URL
 * (Twilio), offered as a short-lived signed link. Templates get their parameters per component
 * from the stored template, so counts match what Meta approved.
 */
export async function buildOutbound(content: QueuedContent, deps: { provider: WhatsAppProvider; template: Template | null }): Promise<OutboundMessage> {
  const replyTo = content.replyTo ? { replyTo: content.replyTo } : {};
  switch (content.kind) {
    case "text":
    case "buttons":
    case "list":
      return content;
    case "media": {
      const base = { kind: "media" as const, mediaType: content.mediaType, ...(content.caption ? { caption: content.caption } : {}), ...(content.filename && content.mediaType === "document" ? { filename: content.filename } : {}), ...replyTo };
      if (deps.provider.name === "twilio") return { ...base, link: await signedMediaUrl(content.storageKey, content.mimeType) };
      const bytes = await mediaStore().get(content.storageKey);
      const { id } = await deps.provider.uploadMedia(bytes, content.mimeType, content.filename);
      return { ...base, id };
    }
    case "template": {
      const t = deps.template;
      if (!t) throw new Error("a template send needs its stored template");
      const header = componentOf(t, "HEADER");
      const buttons = (componentOf(t, "BUTTONS")?.buttons ?? []) as { type?: string; url?: string }[];
      return {
        kind: "template",
        name: t.name,
        language: t.language,
        ...(t.providerTemplateId?.startsWith("HX") ? { contentSid: t.providerTemplateId } : {}),
        components: {
          ...(content.variables.header?.length ? { header: textParameters(t, header?.text, content.variables.header) } : {}),
          ...(content.variables.body?.length ? { body: textParameters(t, componentOf(t, "BODY")?.text, content.variables.body) } : {}),
          ...(content.variables.buttons && Object.keys(content.variables.buttons).length
            ? {
                buttons: Object.entries(content.variables.buttons).map(([index, values]) => ({
                  subType: String(buttons[Number(index)]?.type ?? "URL").toUpperCase() === "COPY_CODE" ? ("copy_code" as const) : ("url" as const),
                  index: Number(index),
                  parameters: values.map((text) => ({ type: "text" as const, text })),
                })),
              }
            : {}),
        },
        ...replyTo,
      };
    }
  }
}
