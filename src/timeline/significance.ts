import { roleMemberRefs } from "../data/format/collection";
import type { AnalogyRole, EpisodeEvent } from "../data/format/schema";

/** The rank of an event without a significance that plays an analogy role. */
export const ROLE_MEMBER_RANK = 3;
/** The rank of an event without a significance that plays no analogy role. */
export const OTHER_EVENT_RANK = 2;

/**
 * How an event ranks for a crowded lane's rows and labels, 1 (minor) to 5
 * (pivotal): the significance its author gave it, or else 3 if it plays an
 * analogy role and 2 if it does not.
 */
export function eventRank(event: EpisodeEvent, playsARole: boolean): number {
  return event.significance ?? (playsARole ? ROLE_MEMBER_RANK : OTHER_EVENT_RANK);
}

/** The refs of every event that plays a role. */
export function refsPlayingARole(roles: readonly AnalogyRole[]): ReadonlySet<string> {
  return new Set(roles.flatMap(roleMemberRefs));
}
