import { FlaskConical } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requireMember } from "@/lib/tenancy/require-member";

export default async function PlaygroundPage({ params }: { params: Promise<{ workspace: string }> }) {
  await requireMember((await params).workspace);
  return <SectionPlaceholder section="playground" icon={FlaskConical} />;
}
