"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/consent/import-limits";
import { importContacts, type ImportResult } from "@/lib/consent/import-contacts";
import { MANAGER_ROLES } from "@/lib/tenancy/roles";
import { workspaceAction } from "@/lib/tenancy/workspace-action";

// A form with no file chosen still sends an empty one.
const schema = z.object({ file: z.instanceof(File).refine((f) => f.size > 0 && f.name.length > 0) });

/**
 * Contacts → Import (owners and admins): the CSV is checked whole and written in one transaction
 * by importContacts; its own transaction, so none is held while the file is read.
 */
export const importContactsAction = workspaceAction({ schema, roles: MANAGER_ROLES, transaction: false }, async ({ file }, ctx): Promise<ImportResult> => {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, fileProblem: "too_large", problems: [], problemCount: 0 };
  const result = await importContacts(ctx, { name: file.name, text: await file.text() });
  if (result.ok) revalidatePath(`/w/${ctx.tenant.slug}/contacts`);
  return result;
});
