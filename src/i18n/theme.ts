import { localized } from "./localized";
/** What the theme switch in the page's header (or a phone's menu) says. */
export interface ThemeText {
  readonly label: string;
  readonly options: Record<"system" | "light" | "dark", string>;
}

export const THEME_TEXT: ThemeText = localized("theme", {
  label: "Theme",
  options: { system: "System", light: "Light", dark: "Dark" },
});
