import { localized } from "./localized";
/** What an event's facts and sources say, wherever an event is shown. */
export interface EventText {
  /** After a date given to the minute. */
  readonly localTime: string;
  /** Before the note on how certain the record is. */
  readonly certaintyNote: (certainty: string) => string;
  readonly sources: string;
  /** Read after a source's link; the no-break space keeps it with the link's last word. */
  readonly opensInNewTab: string;
}

export const EVENT_TEXT: EventText = localized("event", {
  localTime: "local time",
  certaintyNote: (certainty) => `${certainty}:`,
  sources: "Sources",
  opensInNewTab: "\u00a0(opens in a new tab)",
});
