import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { verifyPassword } from "./password";
import { findUserByEmail } from "./users";

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/**
 * Auth.js: email + password, JWT sessions (Credentials cannot use database sessions). The token
 * carries only the user id; memberships and roles are read per request by `requireMember`, so a
 * removed member loses access at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: env.AUTH_TRUST_HOST ? env.AUTH_TRUST_HOST === "true" : true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    // A wrong password is an expected outcome shown on the form, not a server error to log.
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin" || (error.cause as { err?: Error } | undefined)?.err?.name === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const user = await findUserByEmail(parsed.data.email);
          const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
          if (!user || !ok) throw new CredentialsSignin();
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
