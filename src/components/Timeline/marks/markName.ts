import { formatHistoricalSpan } from "../../../data/format/formatHistoricalDate";
import type { EpisodeEvent, EventKind } from "../../../data/format/schema";
import { currentLocale } from "../../../i18n/locale";
import { TIMELINE_TEXT } from "../../../i18n/timeline";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../../i18n/vocabulary";

const names = new WeakMap<EpisodeEvent, string>();

/** The accessible name of an event's mark, in either chart: its title, date and kind, and its certainty when not confirmed. */
export function markName(event: EpisodeEvent): string {
  let name = names.get(event);
  if (name === undefined) {
    name = TIMELINE_TEXT.markName(
      event.title,
      formatHistoricalSpan(event.date, event.endDate, currentLocale()),
      KIND_LABELS[event.kind],
      event.certainty.level === "confirmed" ? undefined : CERTAINTY_LABELS[event.certainty.level],
    );
    names.set(event, name);
  }
  return name;
}

/** The class list of an event's mark, in either chart: its kind, and the states the style sheet draws. */
export function markClassName(
  kind: EventKind,
  states: {
    readonly selected: boolean;
    readonly highlighted: boolean;
    readonly unlabelled: boolean;
    readonly clipped?: boolean;
  },
): string {
  return [
    "echoes-mark",
    `echoes-kind--${kind}`,
    states.selected ? "is-selected" : "",
    states.highlighted ? "is-highlighted" : "",
    states.clipped ? "is-clipped" : "",
    states.unlabelled ? "is-unlabelled" : "",
  ]
    .filter(Boolean)
    .join(" ");
}
