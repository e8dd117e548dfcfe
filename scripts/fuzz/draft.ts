import type { FileKind } from "../../src/data/format/fileKinds";

/** A file as served: text, or bytes for content that is not text at all. */
export type FileContent = string | Uint8Array;

export const MANIFEST = "collection.json";

/** How a JSON file is written out; none of it changes what the file means. */
export interface FileStyle {
  readonly indent: string | number;
  readonly eol: "\n" | "\r\n";
  readonly bom: boolean;
}

const PLAIN: FileStyle = { indent: 2, eol: "\n", bom: false };

/** A collection being mutated, by path relative to its manifest. */
export interface Draft {
  /** JSON files still held as values, so that mutations can reach inside them. */
  readonly json: Map<string, unknown>;
  /** Files whose content is final: spreadsheets, and JSON files already cut or garbled. */
  readonly raw: Map<string, FileContent>;
  /** What each file is, as the manifest lists it; mutations that add a file add it here. */
  readonly kinds: Map<string, FileKind>;
  readonly styles: Map<string, FileStyle>;
  /** Raw JSON that JSON.stringify cannot write (10,000 levels, a "__proto__" key), by placeholder. */
  readonly fragments: string[];
  /** Files a mutation changed, removed or moved; the others must load as they did. */
  readonly touched: Set<string>;
  /** The spreadsheet episode that mutations add and break. */
  readonly sheetTemplate: string;
  /** Numbers names that mutations add (files, ids), so that two never clash. */
  serial: number;
}

/** A string that stands in the tree, as a value or a key, for raw JSON written out later. */
export function placeholder(draft: Draft, rawJson: string): string {
  draft.fragments.push(rawJson);
  return `@@fuzz-raw-${draft.fragments.length - 1}@@`;
}

const PLACEHOLDER = /"@@fuzz-raw-(\d+)@@"/g;

/** A JSON file of the draft as text, with its placeholders replaced and its style applied. */
export function writeJson(draft: Draft, file: string): string {
  const style = draft.styles.get(file) ?? PLAIN;
  const written = (JSON.stringify(draft.json.get(file), null, style.indent) ?? "null").replace(
    PLACEHOLDER,
    (_, index: string) => draft.fragments[Number(index)] ?? "null",
  );
  // JSON.stringify escapes newlines inside strings, so every newline left is between tokens.
  const text = style.eol === "\n" ? written : written.replaceAll("\n", style.eol);
  return `${style.bom ? "\uFEFF" : ""}${text}${style.eol}`;
}

/** Takes a JSON file out of the tree as its text, for mutations that work on text or bytes. */
export function takeText(draft: Draft, file: string): string | undefined {
  if (!draft.json.has(file)) return undefined;
  const text = writeJson(draft, file);
  draft.json.delete(file);
  return text;
}

/** Every file of the draft as it will be served. */
export function writeFiles(draft: Draft): Map<string, FileContent> {
  const files = new Map<string, FileContent>(draft.raw);
  for (const file of draft.json.keys()) files.set(file, writeJson(draft, file));
  return files;
}

/** The kind of a file, from the base collection or from where the manifest lists it. */
export function kindOf(draft: Draft, file: string): FileKind | undefined {
  if (file === MANIFEST) return "collection";
  return draft.kinds.get(file) ?? (/\.csv$/i.test(file) ? "episode" : undefined);
}

export type PathSegment = string | number;

/** One place in a JSON tree: the root, a field of an object or an item of a list. */
export interface Slot {
  readonly file: string;
  readonly kind: FileKind | undefined;
  readonly segments: readonly PathSegment[];
  readonly parent: Record<string, unknown> | unknown[] | undefined;
  readonly key: PathSegment | undefined;
  readonly value: unknown;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every place in one JSON file of the draft, the root first; without recursion, for deep trees. */
export function slotsOf(draft: Draft, file: string): Slot[] {
  const kind = kindOf(draft, file);
  const root: Slot = {
    file,
    kind,
    segments: [],
    parent: undefined,
    key: undefined,
    value: draft.json.get(file),
  };
  const slots: Slot[] = [];
  const pending = [root];
  for (let slot = pending.pop(); slot; slot = pending.pop()) {
    slots.push(slot);
    const { value, segments } = slot;
    const children: Array<[PathSegment, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : isObject(value)
        ? Object.entries(value)
        : [];
    for (const [key, child] of children) {
      pending.push({
        file,
        kind,
        segments: [...segments, key],
        parent: value as Slot["parent"],
        key,
        value: child,
      });
    }
  }
  return slots;
}

/** Puts a value in a slot, replacing the file's whole content for the root. */
export function setSlot(draft: Draft, slot: Slot, value: unknown): void {
  if (slot.parent === undefined) draft.json.set(slot.file, value);
  else (slot.parent as Record<PathSegment, unknown>)[slot.key as PathSegment] = value;
  draft.touched.add(slot.file);
}

/** A slot's path with its list indices left out, e.g. "roles[].members[].events[]". */
export function shapeOf(slot: Slot): string {
  return slot.segments
    .map((segment) => (typeof segment === "number" ? "[]" : `.${segment}`))
    .join("")
    .replace(/^\./, "");
}
