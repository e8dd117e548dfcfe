import type { CertaintyLevel, EventKind } from "../data/schema";

/** The language of dates and numbers; the interface is written in British English. */
export const LOCALE = "en-GB";

export const KIND_LABELS: Record<EventKind, string> = {
  trigger: "Trigger",
  protest: "Protest",
  reform: "Reform",
  declaration: "Declaration",
  negotiation: "Negotiation",
  "request-for-intervention": "Request for intervention",
  intervention: "Intervention",
  withdrawal: "Withdrawal",
  crackdown: "Crackdown",
  "leadership-change": "Leadership change",
  casualties: "Casualties",
  aftermath: "Aftermath",
  "international-reaction": "International reaction",
};

export const CERTAINTY_LABELS: Record<CertaintyLevel, string> = {
  confirmed: "Confirmed",
  approximate: "Approximate",
  disputed: "Disputed",
};
