import {
  addItem,
  addListedFile,
  checkNewId,
  type Draft,
  fileHeader,
  getField,
  listedFiles,
  removeItem,
  setField,
} from "./draft";
import { isJsonObject, type JsonObject, type JsonValue, listOf } from "./jsonPath";

/** Where a new analogy map goes, as in data/. */
export const ANALOGIES_FILE = "analogies.json";

/** The draft's analogy map, made (and named in the manifest) if it has none. */
export function withAnalogies(draft: Draft): { draft: Draft; path: string } {
  const [named] = listedFiles(draft, "analogies");
  if (named !== undefined && Object.hasOwn(draft.files, named)) return { draft, path: named };
  const path = named ?? ANALOGIES_FILE;
  const content = { ...fileHeader("analogies", path), roles: [] };
  if (named === undefined) return { draft: addListedFile(draft, "analogies", path, content), path };
  return { draft: { ...draft, files: { ...draft.files, [path]: content } }, path };
}

export interface NewRole {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** Adds a role with no members or statements yet; the checks ask for them. */
export function addRole(draft: Draft, role: NewRole): Draft {
  checkNewId("role", role.id);
  const map = withAnalogies(draft);
  return addItem(map.draft, map.path, "roles", { ...role, members: [], alike: [], differs: [] });
}

/** Which events play a role in one episode; a note says why none does. */
export interface RoleMember {
  readonly episode: string;
  readonly events: readonly string[];
  readonly anchor?: string;
  readonly note?: string;
}

function membersOf(draft: Draft, path: string, roleIndex: number): readonly JsonValue[] {
  return listOf(getField(draft, path, `roles[${roleIndex}].members`));
}

const isMemberOf = (episode: string) => (member: JsonValue) =>
  isJsonObject(member) && member.episode === episode;

/** Sets an episode's member of a role, replacing the one it had, or adding it at the end. */
export function setRoleMember(draft: Draft, roleIndex: number, member: RoleMember): Draft {
  const map = withAnalogies(draft);
  const written: JsonObject = {
    episode: member.episode,
    events: [...member.events],
    ...(member.anchor === undefined ? {} : { anchor: member.anchor }),
    ...(member.note === undefined ? {} : { note: member.note }),
  };
  const at = membersOf(map.draft, map.path, roleIndex).findIndex(isMemberOf(member.episode));
  const listPath = `roles[${roleIndex}].members`;
  if (at < 0) return addItem(map.draft, map.path, listPath, written);
  return setField(map.draft, map.path, `${listPath}[${at}]`, written);
}

export function removeRoleMember(draft: Draft, roleIndex: number, episode: string): Draft {
  const map = withAnalogies(draft);
  const at = membersOf(map.draft, map.path, roleIndex).findIndex(isMemberOf(episode));
  if (at < 0) {
    throw new Error(
      `${map.path}: roles[${roleIndex}].members: has no member for episode ${JSON.stringify(episode)}`,
    );
  }
  return removeItem(map.draft, map.path, `roles[${roleIndex}].members`, at);
}

/** A statement is plain text, or text with the events that back it, as the format writes them. */
export function addStatement(
  draft: Draft,
  roleIndex: number,
  list: "alike" | "differs",
  text: string,
  evidence: readonly string[] = [],
): Draft {
  const map = withAnalogies(draft);
  const statement = evidence.length === 0 ? text : { text, evidence: [...evidence] };
  return addItem(map.draft, map.path, `roles[${roleIndex}].${list}`, statement);
}
