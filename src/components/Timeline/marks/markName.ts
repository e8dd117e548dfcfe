import { formatHistoricalSpan } from "../../../data/formatHistoricalDate";
import type { EpisodeEvent } from "../../../data/schema";
import { LOCALE } from "../../../i18n/locale";
import { TIMELINE_TEXT } from "../../../i18n/timeline";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../../i18n/vocabulary";

const names = new WeakMap<EpisodeEvent, string>();

/** The accessible name of an event's mark, in either chart: its title, date and kind, and its certainty when not confirmed. */
export function markName(event: EpisodeEvent): string {
  let name = names.get(event);
  if (name === undefined) {
    name = TIMELINE_TEXT.markName(
      event.title,
      formatHistoricalSpan(event.date, event.endDate, LOCALE),
      KIND_LABELS[event.kind],
      event.certainty.level === "confirmed" ? undefined : CERTAINTY_LABELS[event.certainty.level],
    );
    names.set(event, name);
  }
  return name;
}
