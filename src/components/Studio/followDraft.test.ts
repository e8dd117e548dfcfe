import { describe, expect, it } from "vitest";
import { loadSampleCollection } from "../../../tests/support/sampleStore";
import type { Collection } from "../../data/format/collection";
import { followDraft } from "./followDraft";

const withoutRoles = (collection: Collection): Collection => ({ ...collection, roles: [] });

describe("followDraft()", async () => {
  const sample = await loadSampleCollection();

  it("draws a draft with no role on the calendar, and aligns it once a role is added", () => {
    expect(followDraft(undefined, withoutRoles(sample), "aligned")).toEqual({
      mode: "calendar",
      fit: true,
    });
    expect(followDraft(withoutRoles(sample), sample, "calendar")).toEqual({
      mode: "aligned",
      fit: true,
    });
    expect(followDraft(withoutRoles(sample), sample, "sequence")).toEqual({
      mode: "aligned",
      fit: true,
    });
  });

  it("keeps the author's view while an event is edited, and fits again when events come or go", () => {
    const [first, ...rest] = sample.episodes;
    if (!first) throw new Error("the sample has episodes");
    const retitled: Collection = {
      ...sample,
      episodes: [
        { ...first, events: first.events.map((event) => ({ ...event, title: `${event.title}!` })) },
        ...rest,
      ],
    };
    expect(followDraft(sample, retitled, "aligned")).toEqual({ fit: false });
    const fewer: Collection = {
      ...sample,
      episodes: [{ ...first, events: first.events.slice(1) }, ...rest],
    };
    expect(followDraft(sample, fewer, "aligned")).toEqual({ fit: true });
    expect(followDraft(sample, { ...sample, episodes: rest }, "calendar")).toEqual({ fit: true });
  });
});
