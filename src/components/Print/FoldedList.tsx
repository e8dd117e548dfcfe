import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { currentLocale } from "../../i18n/locale";
import { PRINT_TEXT } from "../../i18n/print";
import type { TimelineModel } from "../../timeline/laneModels";
import type { PrintLayout } from "../../timeline/printLayout";
import { eventPlaces } from "../../timeline/viewFrame";

export interface FoldedListProps {
  readonly print: PrintLayout;
  readonly model: TimelineModel;
  /** How many per lane rather than which: under a lesson stop's chart, whose page has no room for a list. */
  readonly counted?: boolean;
}

/** Under a printed chart, the events in view it had no room for: paper has no "+N" to open. */
export function FoldedList({ print, model, counted = false }: FoldedListProps) {
  if (print.folded.length === 0) return null;
  const labelOf = (episodeId: string) =>
    model.lanes.find((lane) => lane.episode.id === episodeId)?.episode.label ?? episodeId;
  if (counted) {
    return (
      <p className="echoes-print__folded">
        {PRINT_TEXT.foldedCounts(
          print.folded.map(({ episodeId, refs }) => [labelOf(episodeId), refs.length] as const),
        )}
      </p>
    );
  }
  const places = eventPlaces(model);
  return (
    <div className="echoes-print__folded">
      {print.folded.map(({ episodeId, refs }) => (
        <p key={episodeId}>
          <strong>{PRINT_TEXT.folded(labelOf(episodeId), refs.length)}:</strong>{" "}
          {refs.map((ref, index) => {
            const event = places.get(ref)?.event.event;
            if (!event) return null;
            return (
              <span key={ref}>
                {index > 0 ? "; " : ""}
                {formatHistoricalSpan(event.date, event.endDate, currentLocale())} {event.title}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
