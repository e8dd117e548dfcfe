import type { ClaimCheck as Check } from "../../data/schema";
import { VERDICT_LABELS } from "../labels";
import { SourceLink } from "../SourceLink/SourceLink";

export interface ClaimCheckProps {
  readonly id: string;
  readonly check: Check;
}

/** A claim's verdict in words, what the record shows, and the sources that show it. */
export function ClaimCheck({ id, check }: ClaimCheckProps) {
  return (
    <span id={id} className={`echoes-claim-check echoes-claim-check--${check.verdict}`} role="note">
      <strong>Checked: {VERDICT_LABELS[check.verdict].toLowerCase()}.</strong> {check.note}
      {check.sources.length > 0 ? (
        <span className="echoes-claim-check__sources">
          {" Sources: "}
          {check.sources.map((source) => (
            <SourceLink key={source.url} source={source} />
          ))}
        </span>
      ) : null}
    </span>
  );
}
