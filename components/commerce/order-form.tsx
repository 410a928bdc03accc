"use client";

import { CircleAlert, Loader2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { saveOrderAction } from "@/app/(app)/w/[workspace]/orders/actions";
import { FieldError, FormError } from "@/components/common/form-error";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { OrderFormValues } from "@/lib/business/orders-form";
import { ORDER_STATUSES } from "@/lib/business/orders-status";

type TextField = Exclude<keyof OrderFormValues, "status" | "lines" | "deliveryOptions" | "deliveryAddress">;

/**
 * Orders → new or edit: the order as the assistant will tell it — status, carrier, tracking, the
 * expected date, the delivery changes offered and the lines. Submitted by hand (not as a form
 * action) so a refusal never clears what was typed.
 */
export function OrderForm({ slug, orderId, values }: { slug: string; orderId?: string; values: OrderFormValues }) {
  const t = useTranslations("operations.orders.form");
  const ts = useTranslations("operations.orders.statuses");
  const [state, dispatch, pending] = useActionState(saveOrderAction, null);
  const problem = state?.ok ? state.data : null;

  const field = (name: TextField, label: string, props: React.ComponentProps<typeof Input> = {}) => (
    <div className="grid gap-2">
      <Label htmlFor={`order-${name}`}>{label}</Label>
      <Input id={`order-${name}`} name={name} defaultValue={values[name]} aria-invalid={!!(state && !state.ok && state.fieldErrors?.[name])} {...props} />
      <FieldError state={state} name={name} />
    </div>
  );

  return (
    <form
      className="grid gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        startTransition(() => dispatch(fd));
      }}
    >
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="id" value={orderId ?? ""} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("orderSection")}</legend>
        {field("number", t("number"), { required: true, maxLength: 40, placeholder: "8842" })}
        <div className="grid gap-2">
          <Label htmlFor="order-status">{t("status")}</Label>
          <Select name="status" defaultValue={values.status}>
            <SelectTrigger id="order-status">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {ORDER_STATUSES.map((s) => (
                <SelectItem key={s} value={s}>
                  {ts(s)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {field("customerName", t("customerName"), { maxLength: 200 })}
        {field("customerPhone", t("customerPhone"), { type: "tel", maxLength: 40, placeholder: "+34 612 34 56 78" })}
        {field("total", t("total"), { inputMode: "decimal", maxLength: 40, placeholder: "89,90" })}
        {field("currency", t("currency"), { maxLength: 3, className: "uppercase" })}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("shippingSection")}</legend>
        {field("carrier", t("carrier"), { maxLength: 100, placeholder: "SEUR" })}
        {field("trackingNumber", t("trackingNumber"), { maxLength: 100 })}
        {field("trackingUrl", t("trackingUrl"), { type: "url", maxLength: 500, placeholder: "https://" })}
        {field("eta", t("eta"), { type: "date" })}
        <div className="grid gap-2 sm:col-span-2">
          <Label htmlFor="order-deliveryAddress">{t("deliveryAddress")}</Label>
          <Textarea id="order-deliveryAddress" name="deliveryAddress" defaultValue={values.deliveryAddress} maxLength={500} rows={2} />
        </div>
        <div className="grid gap-2 sm:col-span-2">
          <Label htmlFor="order-deliveryOptions">{t("deliveryOptions")}</Label>
          <Textarea id="order-deliveryOptions" name="deliveryOptions" defaultValue={values.deliveryOptions} rows={3} aria-describedby="order-deliveryOptions-help" />
          <p id="order-deliveryOptions-help" className="text-xs text-muted-foreground">
            {t("deliveryOptionsHelp")}
          </p>
        </div>
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-semibold">{t("linesSection")}</legend>
        <Label htmlFor="order-lines">{t("lines")}</Label>
        <Textarea id="order-lines" name="lines" defaultValue={values.lines} rows={4} aria-describedby="order-lines-help" />
        <p id="order-lines-help" className="text-xs text-muted-foreground">
          {t("linesHelp")}
        </p>
      </fieldset>

      {problem && !problem.saved ? (
        <Alert variant="destructive" role="alert">
          <CircleAlert />
          <AlertDescription>{t.has(`problems.${problem.problem}`) ? t(`problems.${problem.problem}`, { value: problem.value ?? "" }) : t("problems.invalid_number")}</AlertDescription>
        </Alert>
      ) : null}
      <FormError state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
          {t("save")}
        </Button>
        <Button asChild variant="outline">
          <Link href={`/w/${slug}/orders`}>{t("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
