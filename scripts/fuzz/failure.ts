/** One way a fuzz case failed: its kind, for the summary, and what exactly happened. */
export interface Failure {
  readonly kind: FailureKind;
  readonly detail: string;
}

export const CLI_FAILURE_KINDS = [
  "crash",
  "hang",
  "missed problem",
  "false problem",
  "lost episode",
  "polluted prototype",
] as const;

export const APP_FAILURE_KINDS = [
  "uncaught error",
  "console error",
  "blank page",
  "failed part",
  "missing problem list",
  "false problem",
  "polluted prototype",
] as const;

export type FailureKind = (typeof CLI_FAILURE_KINDS)[number] | (typeof APP_FAILURE_KINDS)[number];

/** "0 crashes, 1 hang, …": how many cases failed in each way, every kind named. */
export function countByKind(
  failures: readonly (readonly Failure[])[],
  kinds: readonly FailureKind[],
): string {
  return kinds
    .map((kind) => {
      const count = failures.filter((one) => one.some((failure) => failure.kind === kind)).length;
      return `${count} ${kind}${count === 1 ? "" : kind.endsWith("h") ? "es" : "s"}`;
    })
    .join(", ");
}
