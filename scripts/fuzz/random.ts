/** Draws for one fuzz case: the same seed gives the same draws. */
export interface Random {
  /** A number in [0, 1). */
  readonly next: () => number;
  /** A whole number in [0, count). */
  readonly below: (count: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
}

/**
 * mulberry32: tiny, and unlike a plain LCG it gives unrelated streams for
 * neighbouring seeds, so case 7 and case 8 do not start alike.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (count: number) => Math.floor(next() * count);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("nothing to pick from");
    return items[below(items.length)] as T;
  };
  return { next, below, pick };
}

/** The seed of case `index` of a run, so that any case can be made again on its own. */
export function caseSeed(runSeed: number, index: number): number {
  return (Math.imul(runSeed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}
