import { Megaphone } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requireMember } from "@/lib/tenancy/require-member";

export default async function CampaignsPage({ params }: { params: Promise<{ workspace: string }> }) {
  await requireMember((await params).workspace);
  return <SectionPlaceholder section="campaigns" icon={Megaphone} />;
}
