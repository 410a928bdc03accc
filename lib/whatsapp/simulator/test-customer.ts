import "server-only";
import { getTranslations } from "next-intl/server";
import { findUserById } from "@/lib/auth/users";
import { testCustomerFor } from "./test-phone";

/** The signed-in person's simulated customer, named in their language ("Lucía (prueba)"). */
export async function testCustomerOfUser(userId: string) {
  const [user, t] = await Promise.all([findUserById(userId), getTranslations("playground")]);
  return testCustomerFor(userId, user?.name ? t("testCustomerName", { name: user.name }) : t("testCustomerAnonymous"));
}
