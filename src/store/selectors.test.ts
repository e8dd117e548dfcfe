import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../tests/support/fixtureReader";
import { createSampleStore } from "../../tests/support/sampleStore";
import type { EchoesStore } from "./createEchoesStore";
import { selectAlignRoleId } from "./selectors";

/** A role of the sample collection's two episodes, with one event of each. */
function role(id: string) {
  return {
    id,
    label: `Role ${id}`,
    description: "A role.",
    members: [
      { episode: "hungary-1956", events: ["demonstration"] },
      { episode: "prague-1968", events: ["dubcek-first-secretary"] },
    ],
    alike: [],
    differs: ["A difference."],
  };
}

/** The sample collection, loaded, with these roles (by id) in this order, and the default role given. */
async function storeWithRoles(ids: string[], defaultRole?: string): Promise<EchoesStore> {
  const manifest = readSampleJson("collection.json") as Record<string, unknown>;
  const store = createSampleStore({
    "collection.json": { ...manifest, defaultRole },
    "analogies.json": { formatVersion: 1, roles: ids.map(role) },
    // The sample lesson aligns on "troops-arrive", which some of these collections lack.
    "lessons/sample-lesson.json": null,
  });
  await store.getState().loadCollection("collection.json");
  if (store.getState().load.status !== "loaded") throw new Error("the sample did not load");
  return store;
}

describe("selectAlignRoleId(state)", () => {
  it("is the role the reader chose", async () => {
    const store = await storeWithRoles(["spark", "troops-arrive", "crackdown"], "troops-arrive");
    store.getState().setAlignRole("crackdown");
    expect(selectAlignRoleId(store.getState())).toBe("crackdown");
  });

  it("is the collection's default role before any choice, wherever the collection lists it", async () => {
    const store = await storeWithRoles(["spark", "troops-arrive"], "troops-arrive");
    expect(selectAlignRoleId(store.getState())).toBe("troops-arrive");
  });

  it("is the collection's first role when it names no default", async () => {
    expect(selectAlignRoleId((await storeWithRoles(["spark", "troops-arrive"])).getState())).toBe(
      "spark",
    );
  });

  it("falls back as if nothing were chosen when the choice is not a role of the collection", async () => {
    const withDefault = await storeWithRoles(["spark", "troops-arrive"], "troops-arrive");
    withDefault.getState().setAlignRole("no-such-role");
    expect(selectAlignRoleId(withDefault.getState())).toBe("troops-arrive");
    const without = await storeWithRoles(["spark", "crackdown"]);
    without.getState().setAlignRole("no-such-role");
    expect(selectAlignRoleId(without.getState())).toBe("spark");
  });

  it("is none for a collection without roles, or before a collection has loaded", async () => {
    expect(selectAlignRoleId((await storeWithRoles([])).getState())).toBeUndefined();
    const loading = createSampleStore();
    loading.getState().setAlignRole("troops-arrive");
    expect(selectAlignRoleId(loading.getState())).toBeUndefined();
  });
});
