import type { AnalogyRole } from "../data/format/schema";
import type { TimelineEvent } from "./timelineEvents";

export interface SequenceLane {
  readonly episodeId: string;
  /** The lane's events in date order. */
  readonly events: readonly TimelineEvent[];
}

/**
 * Places events in evenly spaced columns, in date order within each lane, so
 * that the events playing the same analogy role share a column across lanes.
 * A role whose events come in a different order in some lane is not lined up
 * in that lane, so the order of events within a lane is always kept.
 * Returns each event's column by ref.
 */
export function assignSequenceColumns(
  lanes: readonly SequenceLane[],
  roles: readonly AnalogyRole[],
): Map<string, number> {
  // For each lane, the role anchors it can keep: (role index, event index), both increasing.
  const anchorsByLane = lanes.map((lane) => {
    const kept: Array<{ role: number; index: number }> = [];
    roles.forEach((role, roleIndex) => {
      const ids = new Set(
        role.members.find((member) => member.episode === lane.episodeId)?.events ?? [],
      );
      const index = lane.events.findIndex((event) => ids.has(event.event.id));
      const last = kept.at(-1);
      if (index >= 0 && (!last || index > last.index)) kept.push({ role: roleIndex, index });
    });
    return kept;
  });

  // Each role's column: far enough right of the previous role for every lane's events between them.
  const roleColumns = new Map<number, number>();
  let previousColumn = -1;
  roles.forEach((_, roleIndex) => {
    let column: number | undefined;
    anchorsByLane.forEach((anchors) => {
      const position = anchors.findIndex((anchor) => anchor.role === roleIndex);
      if (position < 0) return;
      const current = anchors[position];
      const before = anchors[position - 1];
      if (!current) return;
      const needed = before
        ? (roleColumns.get(before.role) ?? 0) + current.index - before.index
        : current.index;
      column = Math.max(column ?? previousColumn + 1, needed, previousColumn + 1);
    });
    if (column === undefined) return;
    roleColumns.set(roleIndex, column);
    previousColumn = column;
  });

  const columns = new Map<string, number>();
  lanes.forEach((lane, laneIndex) => {
    const anchors = anchorsByLane[laneIndex] ?? [];
    lane.events.forEach((event, index) => {
      // Count from the nearest kept anchor at or before this event, else back from the first one.
      const before = anchors.filter((anchor) => anchor.index <= index).at(-1);
      const first = anchors[0];
      const column = before
        ? (roleColumns.get(before.role) ?? 0) + index - before.index
        : first
          ? (roleColumns.get(first.role) ?? 0) - (first.index - index)
          : index;
      columns.set(event.ref, column);
    });
  });
  return columns;
}
