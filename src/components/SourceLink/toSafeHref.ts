/** Only http(s) addresses become live links; anything else (javascript:, data:) stays text. */
export function toSafeHref(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, href } = new URL(url);
  return protocol === "http:" || protocol === "https:" ? href : undefined;
}
