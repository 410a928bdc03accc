/**
 * CSV import of the business's data: FAQs (question, answer, variants separated by |, tags,
 * language) and services (name, price, currency, duration, description). Files are read with the
 * CSV parser of lib/consent, checked whole, and written in one transaction by business-csv-import.
 */
export { readFaqsFile, type FaqRow, type FaqRowReason } from "./business-csv-faqs";
export { readServicesFile, type ServiceRow, type ServiceRowReason } from "./business-csv-services";
export { importFaqs, importServices, type FaqImportResult, type ServiceImportResult } from "./business-csv-import";
export type { CsvFileProblem, CsvRead, CsvRowProblem } from "./business-csv-table";
