import type { CertaintyLevel, EventKind, Verdict } from "../data/format/schema";
import { localized } from "./localized";

/** The words for the collection's vocabulary: kinds of event, certainty, and verdicts on claims. */
export const KIND_LABELS: Record<EventKind, string> = localized("kinds", {
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
});

export const CERTAINTY_LABELS: Record<CertaintyLevel, string> = localized("certainty", {
  confirmed: "Confirmed",
  approximate: "Approximate",
  disputed: "Disputed",
});

export const VERDICT_LABELS: Record<Verdict, string> = localized("verdicts", {
  consistent: "Consistent",
  imprecise: "Imprecise",
  contradicted: "Contradicted",
  unverifiable: "Unverifiable",
});

/** A sign beside each verdict's word, so verdicts never rest on colour alone. */
export const VERDICT_SIGNS: Record<Verdict, string> = {
  consistent: "✓",
  imprecise: "≈",
  contradicted: "✗",
  unverifiable: "?",
};
