/**
 * An id made from the first five words of a text, without accents, unlike any taken: "-2", "-3"
 * and so on are added as needed, and the fallback stands in where the text has no letters or digits.
 */
export function idFromWords(text: string, taken: readonly string[], fallback: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5);
  const base = words.join("-") || fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}
