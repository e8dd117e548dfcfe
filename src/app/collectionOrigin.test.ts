import { describe, expect, it } from "vitest";
import { collectionOrigin } from "./collectionOrigin";

const PAGE = "https://echoes.example/app/?mode=calendar";
const CURATED = "/app/data/collection.json";

describe("collectionOrigin", () => {
  it("names nothing for the curated collection, however its address is written", () => {
    expect(collectionOrigin({ kind: "address", url: CURATED }, CURATED, PAGE)).toBeUndefined();
    expect(
      collectionOrigin(
        { kind: "address", url: "https://echoes.example/app/data/collection.json" },
        CURATED,
        PAGE,
      ),
    ).toBeUndefined();
    expect(
      collectionOrigin({ kind: "address", url: "data/collection.json" }, CURATED, PAGE),
    ).toBeUndefined();
  });

  it("names the host of a collection on another site", () => {
    expect(
      collectionOrigin(
        { kind: "address", url: "https://data.newsroom.example:8443/echoes/collection.json" },
        CURATED,
        PAGE,
      ),
    ).toEqual({
      kind: "address",
      url: "https://data.newsroom.example:8443/echoes/collection.json",
      host: "data.newsroom.example:8443",
      path: "/echoes/collection.json",
    });
  });

  it("names the path of another collection on the page's own site", () => {
    expect(
      collectionOrigin({ kind: "address", url: "/other/collection.json" }, CURATED, PAGE),
    ).toMatchObject({ kind: "address", host: "", path: "/other/collection.json" });
  });

  it("names the reader's files", () => {
    expect(
      collectionOrigin({ kind: "files", names: ["mine/collection.json"] }, CURATED, PAGE),
    ).toEqual({ kind: "files", names: ["mine/collection.json"] });
  });

  it("names an address that cannot be resolved as it was given", () => {
    expect(collectionOrigin({ kind: "address", url: "http://[" }, CURATED, PAGE)).toEqual({
      kind: "address",
      url: "http://[",
      host: "http://[",
      path: "",
    });
  });
});
