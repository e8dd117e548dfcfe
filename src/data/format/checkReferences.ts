import { parseRef } from "./collection";
import { chooseDayZeroEvent, namesItsDay } from "./dayZeroEvent";
import { type Problem, takenIdProblem } from "./problem";
import type { AnalogyMember, AnalogyRole, Article, Episode, Excerpt, Statement } from "./schema";
import { showValue } from "./showValue";
import type { Located } from "./validateFiles";

export interface ReferenceInput {
  readonly episodes: readonly Episode[];
  /** How many listed episode files could not be loaded, to explain a missing episode. */
  readonly unloadedEpisodeFiles: number;
  readonly analogies:
    | { readonly file: string; readonly roles: readonly Located<AnalogyRole>[] }
    | undefined;
  readonly articles: ReadonlyArray<{
    readonly file: string;
    readonly article: Article;
    readonly excerpts: readonly Located<Excerpt>[];
  }>;
}

export interface ReferenceOutput {
  readonly roles: readonly AnalogyRole[];
  readonly articles: readonly Article[];
  readonly problems: readonly Problem[];
}

/**
 * Checks what points from one file into another: analogy members, the
 * evidence of the analogy's statements and excerpt links must name loaded
 * episodes and existing events. A broken link is dropped; a role or excerpt
 * left with nothing to show is dropped with it, a statement never is.
 */
export function checkReferences(input: ReferenceInput): ReferenceOutput {
  const problems: Problem[] = [];
  const eventIdsByEpisode = new Map(
    input.episodes.map((episode) => [episode.id, new Set(episode.events.map((event) => event.id))]),
  );
  const missingEpisode = (id: string) =>
    input.unloadedEpisodeFiles > 0
      ? `${showValue(id)} is not a loaded episode (${input.unloadedEpisodeFiles} episode file(s) could not be loaded; see their problems)`
      : `${showValue(id)} is not an episode of this collection`;
  /** Why "episode-id/event-id" names no event, or undefined if it names one. */
  const missingEvent = (ref: string) => {
    const [episodeId, eventId] = parseRef(ref);
    const eventIds = eventIdsByEpisode.get(episodeId);
    if (!eventIds) return missingEpisode(episodeId);
    return eventIds.has(eventId) ? undefined : `episode "${episodeId}" has no event "${eventId}"`;
  };

  const eventsByEpisode = new Map(input.episodes.map((episode) => [episode.id, episode.events]));
  /** Why aligning on a member's role is approximate in its episode, or undefined if day 0 falls on a day. */
  const approximateDayZero = (member: AnalogyMember) => {
    const event = chooseDayZeroEvent(member, eventsByEpisode.get(member.episode) ?? []);
    if (!event || namesItsDay(event.date)) return undefined;
    const period = event.date.precision;
    return `day 0 of "${member.episode}" in this role, ${showValue(event.id)}, is dated only to the ${period} (${showValue(event.date.text)}), so the alignment there is approximate and day 0 is drawn as a band over that ${period}: expected an event dated to the day among its events, or an "anchor" naming the event that is day 0`;
  };

  const roles: AnalogyRole[] = [];
  for (const { value: role, index } of input.analogies?.roles ?? []) {
    const file = input.analogies?.file ?? "";
    const rolePath = `roles[${index}]`;
    const members: AnalogyMember[] = [];
    role.members.forEach((member, memberIndex) => {
      const memberPath = `${rolePath}.members[${memberIndex}]`;
      const eventIds = eventIdsByEpisode.get(member.episode);
      const dropped = `episode ${showValue(member.episode)} in role "${role.id}"`;
      if (!eventIds) {
        problems.push({
          file,
          path: `${memberPath}.episode`,
          message: missingEpisode(member.episode),
          dropped,
        });
        return;
      }
      if (members.some((other) => other.episode === member.episode)) {
        problems.push({
          file,
          path: `${memberPath}.episode`,
          message: `${showValue(member.episode)} is already listed in this role: expected each episode once`,
          dropped,
        });
        return;
      }
      const events = member.events.filter((eventId) => eventIds.has(eventId));
      // A member whose every event is missing is dropped rather than shown as "no event plays this role".
      const memberDropped = member.events.length > 0 && events.length === 0;
      member.events.forEach((eventId, eventIndex) => {
        if (eventIds.has(eventId)) return;
        problems.push({
          file,
          path: `${memberPath}.events[${eventIndex}]`,
          message: `${showValue(eventId)} is not an event of episode "${member.episode}"`,
          dropped: memberDropped
            ? dropped
            : eventId === member.anchor
              ? `the link to ${showValue(eventId)} and its mark as day 0`
              : `the link to ${showValue(eventId)}`,
        });
      });
      if (memberDropped) return;
      if (member.anchor !== undefined && !member.events.includes(member.anchor)) {
        problems.push({
          file,
          path: `${memberPath}.anchor`,
          message:
            events.length === 0
              ? `${showValue(member.anchor)} is not an event of this member: expected no anchor where no event plays the role`
              : `${showValue(member.anchor)} is not one of this member's events: expected the one of them that is day 0 (${events.map(showValue).join(", ")})`,
          dropped: `the mark of day 0 for episode "${member.episode}" in role "${role.id}"`,
        });
      }
      const anchor =
        member.anchor !== undefined && events.includes(member.anchor) ? member.anchor : undefined;
      const kept = { ...member, events, anchor };
      const approximate = anchor === undefined ? approximateDayZero(kept) : undefined;
      if (approximate) {
        problems.push({
          file,
          path: `${memberPath}.events`,
          message: approximate,
          dropped: "",
          note: true,
        });
      }
      members.push(kept);
    });
    const checkEvidence = (field: "alike" | "differs") =>
      role[field].map((statement, statementIndex): Statement => {
        const evidence = statement.evidence.filter((ref, refIndex) => {
          const reason = missingEvent(ref);
          if (reason === undefined) return true;
          problems.push({
            file,
            path: `${rolePath}.${field}[${statementIndex}].evidence[${refIndex}]`,
            message: `found ${showValue(ref)}: expected an event of this collection, but ${reason}`,
            dropped: `the evidence ${showValue(ref)}`,
          });
          return false;
        });
        return evidence.length === statement.evidence.length
          ? statement
          : { ...statement, evidence };
      });
    const alike = checkEvidence("alike");
    const differs = checkEvidence("differs");
    if (members.length > 0) roles.push({ ...role, members, alike, differs });
  }

  const articles: Article[] = [];
  for (const { file, article, excerpts } of input.articles) {
    if (articles.some((other) => other.id === article.id)) {
      problems.push(takenIdProblem(file, "article", article.id));
      continue;
    }
    const kept: Excerpt[] = [];
    for (const { value: excerpt, index } of excerpts) {
      const events = excerpt.events.filter((ref, refIndex) => {
        const reason = missingEvent(ref);
        if (reason === undefined) return true;
        problems.push({
          file,
          path: `excerpts[${index}].events[${refIndex}]`,
          message: `${showValue(ref)} names no event: ${reason}`,
          dropped: `the link to ${showValue(ref)}`,
        });
        return false;
      });
      if (events.length === 0 && excerpt.check === undefined) continue;
      kept.push({ ...excerpt, events });
    }
    articles.push({ ...article, excerpts: kept });
  }

  return { roles, articles, problems };
}

/**
 * The manifest's default role, where it names a role that was loaded; else none, with a problem
 * that says which roles there are, and the first role is aligned on instead.
 */
export function checkDefaultRole(
  manifestFile: string,
  defaultRole: string | undefined,
  roles: readonly AnalogyRole[],
): { readonly id: string | undefined; readonly problem?: Problem } {
  if (defaultRole === undefined || roles.some((role) => role.id === defaultRole)) {
    return { id: defaultRole };
  }
  const expected =
    roles.length === 0
      ? "the analogy map has no roles that could be loaded"
      : `expected one of ${roles.map((role) => showValue(role.id)).join(", ")}`;
  return {
    id: undefined,
    problem: {
      file: manifestFile,
      path: "defaultRole",
      message: `${showValue(defaultRole)} is not a role of the analogy map: ${expected}`,
      dropped: "the default role: the timeline aligns on the first role instead",
    },
  };
}
