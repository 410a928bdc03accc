"use client";

import { useTranslations } from "next-intl";
import type { CsvFileProblem, CsvRowProblem, FaqRowReason, ServiceRowReason } from "@/lib/business/business-csv";

/** What is wrong with a whole FAQ or services file, in words. */
export function CsvFileProblemText({ problem, row, missing }: { problem: CsvFileProblem; row?: number; missing?: string[] }) {
  const t = useTranslations("business.import");
  const column = (c: string) => (c === "question" ? t("columns.question") : c === "answer" ? t("columns.answer") : c === "name" ? t("columns.name") : c);
  switch (problem) {
    case "empty":
      return t("fileProblems.empty");
    case "too_large":
      return t("fileProblems.too_large");
    case "too_many_rows":
      return t("fileProblems.too_many_rows");
    case "missing_columns":
      return t("fileProblems.missing_columns", { columns: (missing ?? []).map(column).join(", ") });
    case "unterminated_quote":
      return t("fileProblems.unterminated_quote", { row: row ?? 1 });
  }
}

/** What is wrong with one row, in words. */
export function CsvRowProblemText({ problem: p }: { problem: CsvRowProblem<FaqRowReason | ServiceRowReason> }) {
  const t = useTranslations("business.import");
  const value = p.value ?? "";
  const otherRow = p.otherRow ?? 0;
  switch (p.reason) {
    case "question_missing":
      return t("reasons.question_missing");
    case "question_too_long":
      return t("reasons.question_too_long");
    case "answer_missing":
      return t("reasons.answer_missing");
    case "answer_too_long":
      return t("reasons.answer_too_long");
    case "variant_too_long":
      return t("reasons.variant_too_long", { value });
    case "too_many_variants":
      return t("reasons.too_many_variants");
    case "too_many_tags":
      return t("reasons.too_many_tags");
    case "language_invalid":
      return t("reasons.language_invalid", { value });
    case "duplicate_question":
      return t("reasons.duplicate_question", { value, otherRow });
    case "name_missing":
      return t("reasons.name_missing");
    case "name_too_long":
      return t("reasons.name_too_long");
    case "description_too_long":
      return t("reasons.description_too_long");
    case "price_invalid":
      return t("reasons.price_invalid", { value });
    case "currency_invalid":
      return t("reasons.currency_invalid", { value });
    case "duration_invalid":
      return t("reasons.duration_invalid", { value });
    case "bookable_invalid":
      return t("reasons.bookable_invalid", { value });
    case "duplicate_name":
      return t("reasons.duplicate_name", { value, otherRow });
  }
}
