import { describe, expect, it } from "vitest";
import { blankDraft, getField, listedFiles } from "./draft";
import {
  ANALOGIES_FILE,
  addRole,
  addStatement,
  removeRoleMember,
  setRoleMember,
  withAnalogies,
} from "./editRoles";

const role = { id: "troops-arrive", label: "Troops arrive", description: "Force comes." };
const withRole = () => addRole(blankDraft("Mine"), role);

describe("addRole(draft, role)", () => {
  it("makes the analogy map on the first role, names it in the manifest, and adds the role", () => {
    const draft = withRole();
    expect(listedFiles(draft, "analogies")).toEqual([ANALOGIES_FILE]);
    expect(draft.files[ANALOGIES_FILE]).toEqual({
      $schema: "./schema/analogies.schema.json",
      formatVersion: 1,
      roles: [{ ...role, members: [], alike: [], differs: [] }],
    });
    expect(withAnalogies(draft).draft).toBe(draft);
  });

  it("refuses an id that is not one", () => {
    expect(() => addRole(blankDraft("Mine"), { ...role, id: "Troops" })).toThrow(
      'role id "Troops" is not an id',
    );
  });
});

describe("setRoleMember(draft, role, member)", () => {
  it("adds an episode's member, then replaces it, leaving out what is not given", () => {
    let draft = setRoleMember(withRole(), 0, { episode: "a", events: ["x"] });
    draft = setRoleMember(draft, 0, { episode: "b", events: [], note: "None did." });
    draft = setRoleMember(draft, 0, { episode: "a", events: ["x", "y"], anchor: "y" });
    expect(getField(draft, ANALOGIES_FILE, "roles[0].members")).toEqual([
      { episode: "a", events: ["x", "y"], anchor: "y" },
      { episode: "b", events: [], note: "None did." },
    ]);
    expect(getField(removeRoleMember(draft, 0, "a"), ANALOGIES_FILE, "roles[0].members")).toEqual([
      { episode: "b", events: [], note: "None did." },
    ]);
  });

  it("says which member it cannot remove", () => {
    expect(() => removeRoleMember(withRole(), 0, "c")).toThrow(
      'analogies.json: roles[0].members: has no member for episode "c"',
    );
  });
});

describe("addStatement(draft, role, list, text, evidence)", () => {
  it("writes plain text without evidence, and the object form with it", () => {
    let draft = addStatement(withRole(), 0, "differs", "Different armies.");
    draft = addStatement(draft, 0, "alike", "Within days.", ["a/x"]);
    expect(getField(draft, ANALOGIES_FILE, "roles[0].differs")).toEqual(["Different armies."]);
    expect(getField(draft, ANALOGIES_FILE, "roles[0].alike")).toEqual([
      { text: "Within days.", evidence: ["a/x"] },
    ]);
  });
});
