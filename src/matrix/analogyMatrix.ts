import { toEventRef } from "../data/format/collection";
import type { AnalogyRole, Episode, EpisodeEvent } from "../data/format/schema";

/** One episode's part in a role: its events, or the note saying why none plays it. */
export interface MatrixCell {
  readonly episode: Episode;
  readonly events: ReadonlyArray<{ readonly ref: string; readonly event: EpisodeEvent }>;
  readonly note: string | undefined;
}

export interface MatrixRow {
  readonly role: AnalogyRole;
  readonly cells: readonly MatrixCell[];
}

/**
 * The first sentence of a text, cut at a word to at most `limit` characters,
 * for a summary that fits a cell; the whole text is a click away.
 */
export function firstSentence(text: string, limit = Number.POSITIVE_INFINITY): string {
  const match = /^.+?[.!?](?=\s+[A-Z0-9"“‘(]|$)/su.exec(text.trim());
  const sentence = match ? match[0] : text.trim();
  if (sentence.length <= limit) return sentence;
  const cut = sentence.slice(0, limit + 1).replace(/\s+\S*$/u, "");
  return `${cut.replace(/[\s,;:.]+$/u, "")}…`;
}

/**
 * The analogy as a grid: a row per role, a cell per episode shown (in the
 * reader's order). An episode that the role does not list gets an empty cell.
 */
export function analogyMatrix(
  roles: readonly AnalogyRole[],
  episodes: readonly Episode[],
): MatrixRow[] {
  return roles.map((role) => ({
    role,
    cells: episodes.map((episode) => {
      const member = role.members.find((candidate) => candidate.episode === episode.id);
      const events = (member?.events ?? []).flatMap((eventId) => {
        const event = episode.events.find((candidate) => candidate.id === eventId);
        return event ? [{ ref: toEventRef(episode.id, event.id), event }] : [];
      });
      return { episode, events, note: member?.note };
    }),
  }));
}
