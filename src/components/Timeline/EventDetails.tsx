import { Suspense } from "react";
import type { Collection } from "../../data/format/collection";
import { findEvent } from "../../data/format/collection";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes } from "../../store/EchoesProvider";
import { selectSelectedRef } from "../../store/selectors";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";

// Loaded when the reader first chooses an event (or earlier, once the page is idle).
export const loadSelectedEventDetails = () => import("./SelectedEventDetails");
const SelectedEventDetails = retryableLazy(async () => ({
  default: (await loadSelectedEventDetails()).SelectedEventDetails,
}));

export interface EventDetailsProps {
  readonly collection: Collection;
  /** Whether a "corrected" mark opens the corrections log (not in an embed or a lesson). */
  readonly correctionsLinked?: boolean;
}

const TEXT = TIMELINE_TEXT.details;

/** The panel beside the chart: what to do until an event is chosen, then the event in full. */
export function EventDetails({ collection, correctionsLinked }: EventDetailsProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  const found = findEvent(collection.episodes, selectedRef);
  const empty = (
    <aside className="echoes-details echoes-details--empty" aria-label={TEXT.label}>
      <p>{TEXT.nothingSelected}</p>
    </aside>
  );
  if (!selectedRef || !found) return empty;
  return (
    <Suspense
      fallback={
        <aside className="echoes-details" aria-label={TEXT.label} aria-busy="true">
          <p className="echoes-loading">{TEXT.loading}</p>
        </aside>
      }
    >
      <SelectedEventDetails
        collection={collection}
        selectedRef={selectedRef}
        correctionsLinked={correctionsLinked}
        {...found}
      />
    </Suspense>
  );
}
