import { formatNumber } from "./locale";
import { localized } from "./localized";
import { STUDIO_SOURCE_TEXT, type StudioSourceText } from "./studioSources";

/** What the Studio's editor of analogy roles says. */
export interface StudioAnalogyText extends StudioSourceText {
  readonly heading: string;
  readonly intro: string;
  readonly newRole: string;
  readonly id: string;
  readonly idHint: string;
  readonly label: string;
  readonly labelHint: string;
  readonly description: string;
  readonly descriptionHint: string;
  readonly addRole: string;
  readonly noRoles: string;
  readonly noEpisodes: string;
  readonly roleHeading: (label: string) => string;
  readonly removeRole: (label: string) => string;
  readonly members: string;
  readonly membersHint: string;
  readonly addMember: (episode: string) => string;
  readonly chooseEvent: string;
  readonly noMember: string;
  readonly removeEvent: (event: string, episode: string) => string;
  readonly removeMember: (episode: string) => string;
  readonly anchor: string;
  readonly anchorHint: string;
  readonly anchorNone: string;
  readonly note: string;
  readonly noteHint: string;
  readonly alike: string;
  readonly alikeHint: string;
  readonly differs: string;
  readonly differsHint: string;
  readonly noStatements: string;
  readonly statement: (list: string, index: number) => string;
  readonly evidence: string;
  readonly evidenceHint: string;
  readonly newStatement: (list: string) => string;
  readonly addStatement: (list: string) => string;
  readonly removeStatement: (list: string, index: number) => string;
  readonly unknownEvent: (ref: string) => string;
  readonly sources: string;
  readonly sourcesHint: string;
}

export const STUDIO_ANALOGY_TEXT: StudioAnalogyText = localized("studioAnalogy", {
  ...STUDIO_SOURCE_TEXT,
  heading: "Analogy roles",
  intro:
    "A role lines the episodes up: the events in each that play the same part, what is alike, and where the comparison breaks down.",
  newRole: "New role",
  id: "Id",
  idHint: 'Lowercase letters and digits joined by hyphens, e.g. "troops-arrive"',
  label: "Name",
  labelHint: "As readers see it, e.g. Troops arrive",
  description: "What it means",
  descriptionHint: "A sentence on what an event must do to play this role",
  addRole: "Add the role",
  noRoles: "No role yet. Add one to align the episodes on it.",
  noEpisodes: "Add an episode with events first: each role names the events that play it.",
  roleHeading: (label) => `Role: ${label}`,
  removeRole: (label) => `Remove the role ${label}`,
  members: "The events that play it",
  membersHint: "For each episode, the event or events that play this role.",
  addMember: (episode) => `Add an event of ${episode}`,
  chooseEvent: "Choose an event…",
  noMember: "Not in this role yet.",
  removeEvent: (event, episode) => `Take ${event} out of the role in ${episode}`,
  removeMember: (episode) => `Take ${episode} out of the role`,
  anchor: "Day 0",
  anchorHint: "The event the timeline aligns on; without one, the one dated most precisely",
  anchorNone: "The one dated most precisely",
  note: "Note",
  noteHint: "Needed when no event plays the role: say why",
  alike: "Alike",
  alikeHint: "What the episodes share in this role.",
  differs: "Differs",
  differsHint:
    "Where the comparison breaks down: at least one. A comparison that does not say where it fails misleads.",
  noStatements: "None yet.",
  statement: (list, index) => `${list}, statement ${formatNumber(index + 1)}`,
  evidence: "Evidence",
  evidenceHint: "The events that back it; hold Ctrl or Cmd to choose several",
  newStatement: (list) => `New statement: ${list.toLowerCase()}`,
  addStatement: (list) => `Add to ${list.toLowerCase()}`,
  removeStatement: (list, index) =>
    `Remove ${list.toLowerCase()} statement ${formatNumber(index + 1)}`,
  unknownEvent: (ref) => `${ref} (not found)`,
  sources: "Sources for the statements",
  sourcesHint: "Optional: where a reader can check what is alike and what differs",
});
