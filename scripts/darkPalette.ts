import type { Plugin } from "vite";

/** The rule of app.css that holds the dark palette, as the address asks for it (theme=dark). */
export const DARK_THEME_SELECTOR = ':root[data-theme="dark"]';
/** The same palette for a reader whose system prefers dark, when the address asks for no theme. */
export const SYSTEM_DARK_SELECTOR = ':root:not([data-theme="light"])';

const SCREEN = "@media screen {";
const SYSTEM_DARK_MEDIA = "@media screen and (prefers-color-scheme: dark) {";

/**
 * app.css as it ships: its one dark palette, written for `data-theme="dark"` inside
 * `@media screen`, repeated after it for the reader's system preference. A selector cannot ask for
 * a media feature, so the two conditions need two rules; writing the second here keeps the palette
 * in one place. (`light-dark()` would need no second rule, but the browsers Vite builds for by
 * default, Chrome 111, Firefox 114 and Safari 16.4, predate it.)
 */
export function withSystemDarkPalette(css: string): string {
  const opening = `${SCREEN}\n  ${DARK_THEME_SELECTOR} {`;
  const start = css.indexOf(opening);
  if (start < 0 || css.indexOf(opening, start + 1) >= 0) {
    throw new Error(`app.css needs one "${DARK_THEME_SELECTOR}" rule alone in "${SCREEN}"`);
  }
  if (css.includes(`${SYSTEM_DARK_SELECTOR} {`)) {
    throw new Error(`app.css writes the dark palette once; the build adds ${SYSTEM_DARK_SELECTOR}`);
  }
  // The palette holds declarations and comments only, so its rule ends at the first brace.
  const bodyStart = start + opening.length;
  const bodyEnd = css.indexOf("}", bodyStart);
  const closing = "}\n}";
  if (bodyEnd < 0 || !css.startsWith(closing, bodyEnd)) {
    throw new Error(`app.css's "${SCREEN}" should hold the dark palette's rule and nothing else`);
  }
  const end = bodyEnd + closing.length;
  const body = css.slice(bodyStart, bodyEnd);
  const repeated = `\n\n${SYSTEM_DARK_MEDIA}\n  ${SYSTEM_DARK_SELECTOR} {${body}}\n}`;
  return css.slice(0, end) + repeated + css.slice(end);
}

/** Gives app.css its rule for the system's dark preference, in the dev server and the build alike. */
export function darkPalette(): Plugin {
  return {
    name: "echoes-dark-palette",
    enforce: "pre",
    transform(code, id) {
      if (!id.split("?")[0]?.endsWith("/src/app/app.css")) return null;
      return { code: withSystemDarkPalette(code), map: null };
    },
  };
}
