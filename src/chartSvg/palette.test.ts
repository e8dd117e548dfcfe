import { describe, expect, it } from "vitest";
import { colourOf, LIGHT_PALETTE as LIGHT_CSS } from "../../tests/support/themePalettes";
import { EVENT_KINDS } from "../data/format/vocabulary";
import { LIGHT_PALETTE } from "./palette";

describe("LIGHT_PALETTE", () => {
  // Each colour is app.css's custom property of the same name: --echoes-ink, --echoes-muted, …
  const { kinds, ...named } = LIGHT_PALETTE;

  it.each(Object.entries(named))("gives %s as app.css's light theme does", (name, colour) => {
    expect(colour).toBe(colourOf(LIGHT_CSS, name));
  });

  it.each(EVENT_KINDS)("gives the kind %s as app.css's light theme does", (kind) => {
    expect(kinds[kind]).toBe(colourOf(LIGHT_CSS, `kind-${kind}`));
  });
});
