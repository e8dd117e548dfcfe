import { localized } from "./localized";
/** What a statement of the analogy map says of its evidence, wherever statements are shown. */
export interface StatementText {
  /** Before the events whose record backs a statement. */
  readonly evidence: string;
  /** After an event's title on screen: its episode's label (paper has the title alone). */
  readonly episode: (label: string) => string;
}

export const STATEMENT_TEXT: StatementText = localized("statement", {
  evidence: "Evidence:",
  episode: (label) => `(${label})`,
});
