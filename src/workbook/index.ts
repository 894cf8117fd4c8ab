/** The workbook layer: layout as data, reading, plans, and the actions shared by every host. */
export * from "./actions";
export { AuditInputError } from "./issues";
export {
  parseRatingsCsv,
  type CsvParse,
  type CsvColumn,
  type CsvRating,
  type RatingKey,
} from "./ratings-csv";
export { auditInputsOf, blockingIssues } from "./inputs";
export {
  standardOf,
  resolveStandard,
  standardsReadRequest,
  holdsAudit,
  type ResolvedStandard,
} from "./standard";
export { createOrUpgradePlan, type CreatePlanOptions } from "./plan-create";
export { scorePlan } from "./plan-score";
export * from "./layout";
export type * from "./plan";
