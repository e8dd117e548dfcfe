import { formatList } from "./locale";
import { localized } from "./localized";

/** How the page names a collection that is not the curated one. */
export interface OriginText {
  /** Before the files' or the site's name. */
  readonly from: string;
  readonly files: (names: readonly string[]) => string;
  /** After the path of a collection on the page's own site. */
  readonly onThisSite: string;
  /** After it: the curated collection is the one Echoes checks. */
  readonly notCurated: string;
}

/** Beyond this many files, the rest are counted rather than named. */
const NAMED_FILES = 3;

export const ORIGIN_TEXT: OriginText = localized("origin", {
  from: "From",
  files: (names) =>
    names.length === 1
      ? `your file ${names[0]}`
      : names.length <= NAMED_FILES
        ? `your files ${formatList(names)}`
        : `your files ${formatList([...names.slice(0, NAMED_FILES), `${names.length - NAMED_FILES} more`])}`,
  onThisSite: "on this site",
  notCurated: "not Echoes' curated collection",
});
