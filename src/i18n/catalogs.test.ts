import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { SECTIONS } from "../../tests/support/englishSections";
import { AXIS_TEXT } from "./axis";
import type { Catalog } from "./catalog";
import { showLanguage } from "./interfaceLanguage";
import { ENGLISH, INTERFACE_LANGUAGES, RIGHT_TO_LEFT_TEST } from "./languages";
import { formatNumber } from "./locale";
import { englishSection, interfaceLanguage } from "./localized";
import { TABLE_TEXT } from "./table";
import { TIMELINE_TEXT } from "./timeline";

/** Words that stay as they are in every language: names, commands, file formats and units. */
const SAME_IN_EVERY_LANGUAGE = [
  "Echoes",
  "npm run validate",
  "collection.json",
  "JSON",
  "CSV",
  "ZIP",
  "SVG",
  "PNG",
  "PDF",
  "px",
  "h",
];

const TRANSLATION_FILES = readdirSync(`${import.meta.dirname}/languages`)
  .filter((file) => /^[a-z]{2}\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

async function catalogOf(tag: string): Promise<Catalog> {
  const module: Record<string, unknown> = await import(`./languages/${tag}.ts`);
  const catalogs = Object.values(module);
  expect(catalogs, `src/i18n/languages/${tag}.ts exports one catalog`).toHaveLength(1);
  return catalogs[0] as Catalog;
}

/** The words a text shows, leaving out the names that stay the same in every language. */
function ownWords(text: string): string {
  let words = text;
  for (const name of SAME_IN_EVERY_LANGUAGE) {
    words = words.replace(new RegExp(`\\b${name.replace(/[.]/g, "\\.")}\\b`, "g"), "");
  }
  return /\p{L}/u.test(words) ? words : "";
}

/**
 * The fixed text in a function's source: its string and template pieces, without what it
 * inserts (nested templates included), so that "(n) => `${n} events`" shows "events".
 */
function fixedText(fn: { toString(): string }): string {
  const source = fn.toString();
  const pieces: string[] = [];
  let at = 0;
  const readString = (quote: string) => {
    let text = "";
    at += 1;
    while (at < source.length && source[at] !== quote) {
      if (source[at] === "\\") {
        text += source[at + 1];
        at += 2;
      } else if (quote === "`" && source.startsWith("${", at)) {
        pieces.push(text);
        text = "";
        at += 2;
        readCode(true);
      } else {
        text += source[at];
        at += 1;
      }
    }
    at += 1;
    pieces.push(text);
  };
  const readCode = (untilBrace: boolean) => {
    let depth = 0;
    while (at < source.length) {
      const char = source[at] ?? "";
      if (char === '"' || char === "'" || char === "`") {
        readString(char);
        continue;
      }
      if (char === "{") depth += 1;
      if (char === "}") {
        if (depth === 0 && untilBrace) {
          at += 1;
          return;
        }
        depth -= 1;
      }
      at += 1;
    }
  };
  readCode(false);
  return pieces.filter((piece) => piece.trim() !== "").join(" | ");
}

/** Every leaf of a catalog as "section.key.key": its value. */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      for (const [innerPath, leaf] of leaves(inner, path ? `${path}.${key}` : key)) {
        found.set(innerPath, leaf);
      }
    }
  } else found.set(path, value);
  return found;
}

const ENGLISH_LEAVES = leaves(SECTIONS);

afterEach(() => showLanguage(ENGLISH));

describe("the languages", () => {
  it("each have a catalog, and each catalog a language the switch offers", () => {
    const offered = INTERFACE_LANGUAGES.map((language) => language.tag).filter(
      (tag) => tag !== "en",
    );
    expect(TRANSLATION_FILES).toEqual([...offered].sort());
  });

  describe.each(TRANSLATION_FILES)("%s", (tag) => {
    it("has every string of the English, and no other", async () => {
      const translated = leaves(await catalogOf(tag));
      expect([...translated.keys()].sort()).toEqual([...ENGLISH_LEAVES.keys()].sort());
      for (const [path, english] of ENGLISH_LEAVES) {
        expect(typeof translated.get(path), path).toBe(typeof english);
      }
    });

    it("translates every string, leaving only names the same as the English", async () => {
      const translated = leaves(await catalogOf(tag));
      const copies = [...ENGLISH_LEAVES].flatMap(([path, english]) => {
        const own = translated.get(path);
        const same =
          typeof english === "function" && typeof own === "function"
            ? ownWords(fixedText(english)) !== "" && fixedText(english) === fixedText(own)
            : typeof english === "string" && ownWords(english) !== "" && english === own;
        return same ? [path] : [];
      });
      expect(copies).toEqual([]);
    });
  });
});

describe("each section's module", () => {
  it("gives its English under the section's name in the catalog", () => {
    for (const [section, text] of Object.entries(SECTIONS)) {
      expect(englishSection(section), section).toBeDefined();
      expect(Object.keys(englishSection(section) ?? {}), section).toEqual(Object.keys(text));
    }
  });
});

describe("the untranslated-copy check", () => {
  it("finds an English copy, in a string or in a function's fixed text", () => {
    expect(ownWords("Close")).toBe("Close");
    expect(ownWords("Echoes")).toBe("");
    expect(fixedText((count: number) => `${count} events shown`)).toBe(" events shown");
    expect(fixedText((a: string, b?: string) => `${a}${b ? ` (${b.toLowerCase()})` : ""}`)).toBe(
      " ( | )",
    );
    expect(fixedText((title: string) => `Echoes: ${title}`)).toBe("Echoes: ");
    expect(ownWords(fixedText((title: string) => `Echoes: ${title}`))).toBe("");
  });
});

describe("showLanguage(language)", () => {
  it("shows every section in the language, numbers and plurals in its locale", async () => {
    await showLanguage(INTERFACE_LANGUAGES.find((language) => language.tag === "ru") ?? ENGLISH);
    expect(interfaceLanguage().tag).toBe("ru");
    const ru = await catalogOf("ru");
    expect(TABLE_TEXT.heading).toBe(ru.table.heading);
    expect(formatNumber(31550)).toBe("31\u00a0550");
    // Russian has a form for one, a few and many: год, года, лет.
    expect(AXIS_TEXT.years(1)).not.toBe(AXIS_TEXT.years(2));
    expect(AXIS_TEXT.years(2)).not.toBe(AXIS_TEXT.years(5));
    expect(AXIS_TEXT.years(5)).toContain("лет");
    await showLanguage(ENGLISH);
    expect(TABLE_TEXT.heading).toBe("Table of events");
    expect(formatNumber(31550)).toBe("31,550");
  });

  it("reaches a part of a section kept aside, as a component keeps one", async () => {
    const controls = TIMELINE_TEXT.controls;
    expect(controls.fitAll).toBe("Fit all");
    await showLanguage(INTERFACE_LANGUAGES.find((language) => language.tag === "hu") ?? ENGLISH);
    const hu = await catalogOf("hu");
    expect(controls.fitAll).toBe(hu.timeline.controls.fitAll);
    expect(controls.fitAll).not.toBe("Fit all");
  });

  it("writes the right-to-left test's every string right to left", async () => {
    await showLanguage(RIGHT_TO_LEFT_TEST);
    expect(TABLE_TEXT.heading).toBe("\u202eTable of events\u202c");
    expect(TABLE_TEXT.caption(3, 5)).toMatch(/^\u202e.*\u202c$/);
    expect(interfaceLanguage().dir).toBe("rtl");
  });

  it("keeps the last language asked for when two load at once", async () => {
    const hungarian = INTERFACE_LANGUAGES.find((language) => language.tag === "hu") ?? ENGLISH;
    // Hungarian's catalog is still loading when English, which has none to load, is shown.
    const slower = showLanguage(hungarian);
    await showLanguage(ENGLISH);
    expect(interfaceLanguage().tag).toBe("en");
    await slower;
    expect(interfaceLanguage().tag).toBe("en");
    expect(TABLE_TEXT.heading).toBe("Table of events");
  });
});
