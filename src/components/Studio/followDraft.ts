import type { Collection } from "../../data/format/collection";
import type { TimeMode } from "../../data/format/vocabulary";

/** What the preview's view does when the draft changes: change its mode, or fit every event again. */
export interface Following {
  readonly mode?: TimeMode;
  readonly fit: boolean;
}

/** Which events there are, by episode: what, once changed, leaves the old window meaningless. */
const eventsShape = (collection: Collection) =>
  collection.episodes
    .map((episode) => `${episode.id}:${episode.events.map((event) => event.id).join(",")}`)
    .join("|");

/**
 * How the timeline beside the editor follows an edit: a draft with no role to align on is drawn
 * on the calendar, and the first role added aligns it; an event or episode added or taken away
 * fits every event in view again. Typing within an event keeps the author's view.
 */
export function followDraft(
  before: Collection | undefined,
  after: Collection,
  mode: TimeMode,
): Following {
  if (after.roles.length === 0 && mode === "aligned") return { mode: "calendar", fit: true };
  if (before && before.roles.length === 0 && after.roles.length > 0 && mode !== "aligned") {
    return { mode: "aligned", fit: true };
  }
  return { fit: before === undefined || eventsShape(before) !== eventsShape(after) };
}
