import { roleMemberRefs } from "../data/format/collection";
import type { AnalogyRole } from "../data/format/schema";
import type { ChartMark } from "./laneMarks";

export interface Connector {
  readonly roleId: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
}

/** A lane as the connectors see it: its marks drawn, in chart pixels. */
export interface ConnectedLane {
  readonly marks: readonly Pick<ChartMark, "ref" | "x0" | "y">[];
}

/**
 * Lines that join each role's marks lane to lane, in lane order, past lanes
 * where the role has no mark drawn (folded away, or out of view).
 */
export function connectorsFor(
  roles: readonly AnalogyRole[],
  lanes: readonly ConnectedLane[],
): Connector[] {
  const connectors: Connector[] = [];
  for (const role of roles) {
    const members = new Set(roleMemberRefs(role));
    const points = lanes.flatMap((lane) => {
      const mark = lane.marks.find((candidate) => members.has(candidate.ref));
      return mark ? [{ x: mark.x0, y: mark.y }] : [];
    });
    for (let index = 1; index < points.length; index += 1) {
      const from = points[index - 1];
      const to = points[index];
      if (from && to) connectors.push({ roleId: role.id, from, to });
    }
  }
  return connectors;
}
