import "./corrections.css";
import { useMemo } from "react";
import { newestFirst } from "../../corrections/newestFirst";
import { CORRECTIONS_TEXT as TEXT } from "../../i18n/corrections";
import type { DrawnCollection } from "../../store/drawnCollection";
import { PAGE_HEADINGS } from "../Views/ViewTabs";
import { CorrectionEntry } from "./CorrectionEntry";

export interface CorrectionsLogProps {
  readonly collection: DrawnCollection;
}

/** The public log of what the collection got wrong and put right, newest first. */
export function CorrectionsLog({ collection }: CorrectionsLogProps) {
  const corrections = useMemo(() => newestFirst(collection.corrections), [collection.corrections]);
  return (
    <section className="echoes-corrections-view" aria-labelledby={PAGE_HEADINGS.corrections}>
      <h2 id={PAGE_HEADINGS.corrections} className="echoes-section-heading" tabIndex={-1}>
        {TEXT.heading}
      </h2>
      <p className="echoes-corrections-view__intro">{TEXT.intro}</p>
      {corrections.length === 0 ? (
        <p className="echoes-corrections-view__empty">{TEXT.empty}</p>
      ) : (
        <ol className="echoes-corrections">
          {corrections.map((correction) => (
            <li key={correction.id}>
              <CorrectionEntry collection={collection} correction={correction} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
