export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The theme an address asks for: `theme=light` or `theme=dark`; anything else follows the system. */
export function themeOf(search: string): Theme {
  const asked = new URLSearchParams(search).get("theme");
  return asked === "light" || asked === "dark" ? asked : "system";
}

/** The address with the theme in it, or without it for the system's own. */
export function addressWithTheme(href: string, theme: Theme): string {
  const address = new URL(href);
  if (theme === "system") address.searchParams.delete("theme");
  else address.searchParams.set("theme", theme);
  return address.href;
}

/** Shows the page in the theme: the style sheet reads `data-theme` on the root, else the system's. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}
