import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DARK_THEME_SELECTOR,
  SYSTEM_DARK_SELECTOR,
  withSystemDarkPalette,
} from "../../scripts/darkPalette";
import { channelsOf } from "./contrast";

/** A theme's `--echoes-*` custom properties, by name without the prefix. */
export type Palette = Readonly<Record<string, string>>;

/** The app's style sheet as written, where the palettes are defined once. */
export const APP_CSS_SOURCE = readFileSync(
  join(import.meta.dirname, "..", "..", "src", "app", "app.css"),
  "utf8",
);

/** The app's style sheet as the build gives it, the dark palette repeated for the system's choice. */
export const APP_CSS = withSystemDarkPalette(APP_CSS_SOURCE);

function paletteOf(selector: string): Palette {
  const start = APP_CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no rule for ${selector}`);
  const body = APP_CSS.slice(start, APP_CSS.indexOf("}", start));
  return Object.fromEntries(
    [...body.matchAll(/--echoes-([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [
      name,
      value?.trim(),
    ]),
  );
}

export const LIGHT_PALETTE = paletteOf(":root");
/** The dark palette as the address asks for it (theme=dark). */
export const DARK_PALETTE = paletteOf(DARK_THEME_SELECTOR);
/** The dark palette as the reader's system preference gives it, when the address asks for none. */
export const PREFERRED_DARK_PALETTE = paletteOf(SYSTEM_DARK_SELECTOR);

export const PALETTES = { light: LIGHT_PALETTE, dark: DARK_PALETTE } as const;

/** One colour of a palette; a missing one fails the test that asks for it. */
export function colourOf(palette: Palette, name: string): string {
  const value = palette[name];
  if (!value) throw new Error(`the palette has no --echoes-${name}`);
  return value;
}

/** One colour of a palette as the browser's computed style gives it: `rgb(r, g, b)`. */
export function computedColourOf(palette: Palette, name: string): string {
  const channels = channelsOf(colourOf(palette, name)).map((channel) => Math.round(channel * 255));
  return `rgb(${channels.join(", ")})`;
}
