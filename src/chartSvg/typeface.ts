/** The page's typeface, as app.css names it: a saved picture asks for the same (typeface.test.ts keeps them equal). */
export const PAGE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';
