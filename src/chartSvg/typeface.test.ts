import { describe, expect, it } from "vitest";
import { APP_CSS_SOURCE } from "../../tests/support/themePalettes";
import { PAGE_FONT_FAMILY } from "./typeface";

describe("PAGE_FONT_FAMILY", () => {
  it("is the typeface app.css gives the page", () => {
    const root = APP_CSS_SOURCE.slice(APP_CSS_SOURCE.indexOf(":root {"));
    const family = /font-family:\s*([^;]+);/.exec(root)?.[1]?.replace(/\s+/g, " ").trim();
    expect(family).toBe(PAGE_FONT_FAMILY);
  });
});
