import { describe, expect, it } from "vitest";
import { chooseLanguage, languageOfTag, textDirection, writtenIn } from "./languages";

describe("languageOfTag(tag)", () => {
  it("finds a language by its tag or its primary subtag, whatever the case", () => {
    expect(languageOfTag("hu")?.tag).toBe("hu");
    expect(languageOfTag("hu-HU")?.tag).toBe("hu");
    expect(languageOfTag("en-US")?.tag).toBe("en");
    expect(languageOfTag("KK")?.tag).toBe("kk");
    expect(languageOfTag("de")).toBeUndefined();
  });

  it("finds the right-to-left test by its own tag only", () => {
    expect(languageOfTag("ar-XB")?.dir).toBe("rtl");
    expect(languageOfTag("ar")).toBeUndefined();
  });
});

describe("chooseLanguage(requested, browserLanguages)", () => {
  it("takes the address's language first", () => {
    expect(chooseLanguage("cs", ["hu-HU", "en"]).tag).toBe("cs");
  });

  it("else the first of the browser's languages that Echoes has, else English", () => {
    expect(chooseLanguage(null, ["de-DE", "ru-RU", "hu"]).tag).toBe("ru");
    expect(chooseLanguage(null, ["de-DE", "fr"]).tag).toBe("en");
    expect(chooseLanguage(null, []).tag).toBe("en");
  });

  it("passes over an address's language it does not have, to the browser's", () => {
    expect(chooseLanguage("de", ["kk-KZ"]).tag).toBe("kk");
  });
});

describe("writtenIn(tag)", () => {
  it("gives content its language and the direction that language is written in", () => {
    expect(writtenIn("en")).toEqual({ lang: "en", dir: "ltr" });
    expect(writtenIn("ar-EG")).toEqual({ lang: "ar-EG", dir: "rtl" });
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("kk-Cyrl")).toBe("ltr");
  });

  it("marks nothing when the language is not known", () => {
    expect(writtenIn(undefined)).toEqual({});
  });
});
