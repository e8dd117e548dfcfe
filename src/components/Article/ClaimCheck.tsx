import type { ClaimCheck as Check } from "../../data/format/schema";
import { ARTICLE_TEXT } from "../../i18n/article";
import { VERDICT_LABELS } from "../../i18n/vocabulary";
import { SourceLink } from "../SourceLink/SourceLink";

export interface ClaimCheckProps {
  readonly id: string;
  readonly check: Check;
}

/** A claim's verdict in words, what the record shows, and the sources that show it. */
export function ClaimCheck({ id, check }: ClaimCheckProps) {
  return (
    <span id={id} className={`echoes-claim-check echoes-claim-check--${check.verdict}`} role="note">
      <strong>{ARTICLE_TEXT.checked(VERDICT_LABELS[check.verdict])}</strong> {check.note}
      {check.sources.length > 0 ? (
        <span className="echoes-claim-check__sources">
          {` ${ARTICLE_TEXT.sources} `}
          {check.sources.map((source) => (
            <SourceLink key={source.url} source={source} />
          ))}
        </span>
      ) : null}
    </span>
  );
}
