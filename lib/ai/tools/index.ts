import type { ToolSet } from "ai";
import type { ToolContext } from "./context";
import { escalateTool } from "./escalate-tool";
import { knowledgeTools } from "./knowledge-tools";
import { orderTools } from "./order-tools";
import { schedulingTools } from "./scheduling-tools";

/**
 * The assistant's tools for one turn, bound to its workspace, conversation and customer (tools
 * never take a tenant from the model). Irreversible ones only propose (lib/ai/actions).
 */
export function buildTools(ctx: ToolContext): ToolSet {
  return { ...orderTools(ctx), ...schedulingTools(ctx), ...knowledgeTools(ctx), escalate: escalateTool(ctx) };
}
