import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What a source's fields are called wherever the Studio edits a list of sources. */
export interface StudioSourceText {
  readonly source: (index: number) => string;
  readonly sourceTitle: string;
  readonly sourcePublisher: string;
  readonly sourceUrl: string;
  readonly sourceLocator: string;
  readonly addSource: string;
  readonly removeSource: (index: number) => string;
}

export const STUDIO_SOURCE_TEXT: StudioSourceText = localized("studioSources", {
  source: (index) => `Source ${formatNumber(index + 1)}`,
  sourceTitle: "Title",
  sourcePublisher: "Publisher",
  sourceUrl: "Web address",
  sourceLocator: "Where in it",
  addSource: "Add a source",
  removeSource: (index) => `Remove source ${formatNumber(index + 1)}`,
});
