import { describe, expect, it } from "vitest";
import { toSafeHref } from "./toSafeHref";

describe("toSafeHref(url)", () => {
  it("keeps http and https addresses", () => {
    expect(toSafeHref("https://www.britannica.com/event/Prague-Spring")).toBe(
      "https://www.britannica.com/event/Prague-Spring",
    );
    expect(toSafeHref("http://example.org/a?b=1")).toBe("http://example.org/a?b=1");
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "/relative/path",
    "not a url",
  ])("refuses %j", (url) => {
    expect(toSafeHref(url)).toBeUndefined();
  });
});
