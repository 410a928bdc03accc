import { getTranslations } from "next-intl/server";
import AuthLayout from "@/app/(auth)/layout";
import { NewWorkspaceForm } from "@/components/auth/new-workspace-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export default async function NewWorkspacePage() {
  await requireUser("/workspaces/new");
  const t = await getTranslations("auth");
  return (
    <AuthLayout>
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-xl">{t("newWorkspaceTitle")}</CardTitle>
          <CardDescription>{t("newWorkspaceSubtitle")}</CardDescription>
        </CardHeader>
        <CardContent>
          <NewWorkspaceForm />
        </CardContent>
      </Card>
    </AuthLayout>
  );
}
