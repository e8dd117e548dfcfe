import type { TimeMode } from "../data/format/vocabulary";
import { localized } from "./localized";

/** What a saved picture of the timeline says around the chart; loaded when one is made. */
export interface ImageText {
  /** What the time axis shows. */
  readonly modes: Record<TimeMode, string>;
  readonly alignedOn: (role: string) => string;
  readonly sources: (publishers: readonly string[]) => string;
  /** Where the picture came from, e.g. the address of the view. */
  readonly madeWith: (origin: string) => string;
  readonly cannotDraw: string;
  readonly noPng: string;
}

export const IMAGE_TEXT: ImageText = localized("image", {
  modes: {
    aligned: "Days before and after",
    calendar: "Each episode on its own calendar",
    sequence: "Events in sequence",
  },
  alignedOn: (role) => `Days before and after "${role.toLowerCase()}" (day 0)`,
  sources: (publishers) => `Sources of the events in view: ${publishers.join("; ")}.`,
  madeWith: (origin) => `Made with Echoes: ${origin}`,
  cannotDraw: "This browser cannot draw the picture.",
  noPng: "No PNG was made.",
});
