/** The row a key moves to from a cell in `row`: up, down, or down on Enter; undefined for other keys. */
export function getRowAfterKey(key: string, row: number): number | undefined {
  if (key === "ArrowUp") return row - 1;
  if (key === "ArrowDown" || key === "Enter") return row + 1;
  return undefined;
}

/** Moves the indexes of open rows along with a move or removal of events. */
export function reindex(open: ReadonlySet<number>, map: (row: number) => number | undefined) {
  return new Set([...open].map(map).filter((row): row is number => row !== undefined));
}

/** Where an event's row goes when another moves from one place to another, the rest closing up. */
export function movedIndex(row: number, from: number, to: number): number {
  if (row === from) return to;
  if (from < to && row > from && row <= to) return row - 1;
  if (to < from && row >= to && row < from) return row + 1;
  return row;
}

/** Where an event's row goes when the one at `removed` is taken out: undefined for that one. */
export const removedIndex = (row: number, removed: number) =>
  row === removed ? undefined : row > removed ? row - 1 : row;
