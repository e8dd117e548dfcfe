import { describe, expect, it } from "vitest";
import { addEpisode, addEvent, blankDraft, episodePath, setField } from "../../studio/draft";
import { getDraftEpisodes, toEventRefs } from "./draftEpisodes";

const draft = addEvent(
  addEvent(
    addEpisode(blankDraft("Mine"), {
      id: "east-1953",
      title: "East Germany",
      label: "East Germany, 1953",
      summary: "",
    }),
    episodePath("east-1953"),
    { id: "strike", title: "Strike" },
  ),
  episodePath("east-1953"),
  { id: "tanks", title: "" },
);

describe("getDraftEpisodes(draft)", () => {
  it("lists each episode's events by title, or by id while the title is blank", () => {
    expect(getDraftEpisodes(draft)).toEqual([
      {
        id: "east-1953",
        label: "East Germany, 1953",
        events: [
          { id: "strike", title: "Strike" },
          { id: "tanks", title: "tanks" },
        ],
      },
    ]);
  });

  it("leaves out events without an id, and names an episode by its id while its label is blank", () => {
    const typing = setField(
      setField(draft, episodePath("east-1953"), "events[1].id", ""),
      episodePath("east-1953"),
      "label",
      "",
    );
    expect(getDraftEpisodes(typing)).toEqual([
      { id: "east-1953", label: "east-1953", events: [{ id: "strike", title: "Strike" }] },
    ]);
  });

  it("leaves out an episode whose id is not text", () => {
    expect(getDraftEpisodes(setField(draft, episodePath("east-1953"), "id", 3))).toEqual([]);
  });
});

describe("toEventRefs(episodes)", () => {
  it("names each event with its episode", () => {
    expect(toEventRefs(getDraftEpisodes(draft))).toEqual(["east-1953/strike", "east-1953/tanks"]);
  });
});
