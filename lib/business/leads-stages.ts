/** Where a lead stands. The assistant moves it from new to qualified; a person marks it won or lost. */
export const LEAD_STAGES = ["new", "qualified", "won", "lost"] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

/** A lead whose answered questions weigh this much or more is qualified. */
export const QUALIFIED_SCORE = 60;
