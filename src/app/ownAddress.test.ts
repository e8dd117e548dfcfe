import { describe, expect, it } from "vitest";
import { ownAddress, ownPage } from "./ownAddress";

const HOST = "https://echoes.example";

describe("ownAddress", () => {
  it("keeps a path that doubles its first slash on the page's own host", () => {
    expect(ownAddress(`${HOST}//evil.example/`)).toBe(`${HOST}/evil.example/`);
  });

  it("makes any number of leading slashes one", () => {
    expect(ownAddress(`${HOST}///x`)).toBe(`${HOST}/x`);
    expect(ownAddress(`${HOST}//?mode=calendar`)).toBe(`${HOST}/?mode=calendar`);
  });

  it("leaves slashes inside the path as they are", () => {
    expect(ownAddress(`${HOST}/a//b`)).toBe(`${HOST}/a//b`);
  });

  it("keeps the query and the hash unless told otherwise", () => {
    expect(ownAddress(`${HOST}//a?mode=calendar&zoom=2,0#table`)).toBe(
      `${HOST}/a?mode=calendar&zoom=2,0#table`,
    );
    expect(ownAddress(`${HOST}//a?mode=calendar#table`, { search: "mode=sequence" })).toBe(
      `${HOST}/a?mode=sequence#table`,
    );
    expect(ownAddress(`${HOST}//a?mode=calendar#table`, { search: "", hash: "" })).toBe(
      `${HOST}/a`,
    );
  });

  it("keeps the port and the base path of an app served below the root", () => {
    expect(ownAddress("http://127.0.0.1:4173//echoes/?mode=calendar")).toBe(
      "http://127.0.0.1:4173/echoes/?mode=calendar",
    );
  });

  it("refuses an address that is not one, saying what it was given", () => {
    expect(() => ownAddress("//evil.example/")).toThrow(
      'The page\'s own address "//evil.example/" is not a full URL',
    );
  });
});

describe("ownPage", () => {
  it("is the page's own path on its own host, without the query or the hash", () => {
    expect(ownPage(`${HOST}//evil.example/?collection=/nope.json#x`)).toBe(`${HOST}/evil.example/`);
    expect(ownPage(`${HOST}/echoes/?collection=/nope.json`)).toBe(`${HOST}/echoes/`);
  });
});
