import type { Collection } from "../data/format/collection";

/** What reading a field from an address has to go on. */
export interface LinkReading {
  /** The collection the view is checked against. */
  readonly collection: Collection;
  /** Says, in words, what the address asked for that this collection does not have. */
  readonly refuse: (problem: string) => void;
}

/** How one field of a view goes into an address and comes back out. */
export interface LinkField<T, View> {
  /** The address parameters it is written as; the codec clears them before writing. */
  readonly params: readonly string[];
  /** Its value in the address, else as a fresh page shows it; what does not fit, it refuses. */
  readonly read: (params: URLSearchParams, reading: LinkReading) => T;
  /**
   * Its parameters, each undefined while it is as a fresh page shows it, and
   * so left out; the view is for a field written beside another.
   */
  readonly write: (value: T, view: View) => Readonly<Record<string, string | undefined>>;
  /** Whether two values would be written alike, given their views as write is. */
  readonly same: (a: T, b: T, viewA: View, viewB: View) => boolean;
  /** A change of it is a step in the browser's history (push), or only rewrites the address (replace). */
  readonly history: "push" | "replace";
}

/** One field for every part of the view, in the order they are read, written and refused. */
export type LinkFields<View> = { readonly [K in keyof View]-?: LinkField<View[K], View> };

export interface RestoredView<View> {
  readonly view: View;
  /** What the address asked for that this collection does not have, in words. */
  readonly unrestored: readonly string[];
}

export interface LinkCodec<View> {
  /** Every address parameter a view is written as. */
  readonly params: readonly string[];
  /** The view as address parameters, keeping base's others. */
  readonly write: (view: View, base: URLSearchParams) => URLSearchParams;
  /** The view an address asks for, checked against the collection. */
  readonly read: (params: URLSearchParams, collection: Collection) => RestoredView<View>;
  /** The linked part of a larger state. */
  readonly pick: (state: View) => View;
  /** Whether two views would make the same address. */
  readonly same: (a: View, b: View) => boolean;
  /** How the address follows a change of view: a history entry, a rewrite, or nothing when it is the same. */
  readonly change: (from: View, to: View) => "push" | "replace" | undefined;
}

/** The link functions of a view, each going through every field of the table. */
export function createLinkCodec<View>(fields: LinkFields<View>): LinkCodec<View> {
  const keys = Object.keys(fields) as (keyof View & string)[];
  const fieldOf = <K extends keyof View>(key: K): LinkField<View[K], View> => fields[key];
  const sameField = (key: keyof View, a: View, b: View) => fieldOf(key).same(a[key], b[key], a, b);
  const names = keys.flatMap((key) => fieldOf(key).params);

  return {
    params: names,
    write: (view, base) => {
      const params = new URLSearchParams(base);
      for (const name of names) params.delete(name);
      for (const key of keys) {
        for (const [name, value] of Object.entries(fieldOf(key).write(view[key], view))) {
          if (value !== undefined) params.set(name, value);
        }
      }
      return params;
    },
    read: (params, collection) => {
      const unrestored: string[] = [];
      const reading: LinkReading = { collection, refuse: (problem) => unrestored.push(problem) };
      const view = Object.fromEntries(
        keys.map((key) => [key, fieldOf(key).read(params, reading)]),
      ) as View;
      return { view, unrestored };
    },
    pick: (state) => Object.fromEntries(keys.map((key) => [key, state[key]])) as View,
    same: (a, b) => keys.every((key) => sameField(key, a, b)),
    change: (from, to) => {
      let step: "replace" | undefined;
      for (const key of keys) {
        if (sameField(key, from, to)) continue;
        if (fieldOf(key).history === "push") return "push";
        step = "replace";
      }
      return step;
    },
  };
}
