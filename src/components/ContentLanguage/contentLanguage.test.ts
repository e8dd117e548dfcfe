import { describe, expect, it } from "vitest";
import {
  ENGLISH,
  INTERFACE_LANGUAGES,
  isOtherLanguage,
  RIGHT_TO_LEFT_TEST,
} from "../../i18n/languages";
import { languageName } from "./contentLanguage";

const HUNGARIAN = INTERFACE_LANGUAGES.find((language) => language.tag === "hu") ?? ENGLISH;

describe("isOtherLanguage(contentTag, shown)", () => {
  it("compares languages, not regions or scripts", () => {
    expect(isOtherLanguage("en", ENGLISH)).toBe(false);
    expect(isOtherLanguage("en-US", ENGLISH)).toBe(false);
    expect(isOtherLanguage("en", HUNGARIAN)).toBe(true);
    expect(isOtherLanguage("hu-HU", HUNGARIAN)).toBe(false);
    expect(isOtherLanguage("en", RIGHT_TO_LEFT_TEST)).toBe(true);
  });

  it("says nothing of content whose language is not known", () => {
    expect(isOtherLanguage(undefined, HUNGARIAN)).toBe(false);
  });
});

describe("languageName(tag, locale)", () => {
  it("names the language in the interface's", () => {
    expect(languageName("en", "hu")).toBe("angol");
    expect(languageName("en", "en-GB")).toBe("English");
  });

  it("names it in itself where the interface's language cannot, and gives the tag at worst", () => {
    expect(languageName("en", "x-unknown")).toBe("English");
    expect(languageName("not a tag", "hu")).toBe("not a tag");
  });
});
