import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm, JoinWithNewAccountForm } from "@/components/auth/invite-forms";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { unsafeFindInvitationByToken } from "@/lib/tenancy/invitations";
import AuthLayout from "@/app/(auth)/layout";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, user, t, tr] = await Promise.all([unsafeFindInvitationByToken(token), getSessionUser(), getTranslations("invite"), getTranslations("roles")]);

  if (!found || found.state !== "valid") {
    const expired = found?.state === "expired";
    return (
      <AuthLayout>
        <Alert variant="destructive">
          <AlertTitle>{expired ? t("expiredTitle") : t("invalidTitle")}</AlertTitle>
          <AlertDescription>{expired ? t("expiredBody", { inviter: found?.inviterName ?? t("anAdmin") }) : t("invalidBody")}</AlertDescription>
        </Alert>
        <Button asChild variant="link" className="mt-4 px-0">
          <Link href="/">{t("backHome")}</Link>
        </Button>
      </AuthLayout>
    );
  }

  const { invitation, workspaceName, inviterName } = found;
  return (
    <AuthLayout>
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-xl">{t("title", { workspace: workspaceName })}</CardTitle>
          <CardDescription>{t("subtitle", { inviter: inviterName ?? t("anAdmin"), role: tr(invitation.role) })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {user ? (
            <>
              <p className="text-sm text-muted-foreground">{t("signedInAs", { email: user.email })}</p>
              <AcceptInvitationForm token={token} />
            </>
          ) : (
            <>
              <JoinWithNewAccountForm token={token} email={invitation.email ?? undefined} />
              <p className="text-center text-sm text-muted-foreground">
                {t("haveAccount")}{" "}
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="font-medium text-primary underline-offset-4 hover:underline">
                  {t("signInToAccept")}
                </Link>
              </p>
            </>
          )}
        </CardContent>
      </Card>
    </AuthLayout>
  );
}
