import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the Studio's frame says: starting, projects, saving, sharing; its editors have their own. */
export interface StudioText {
  readonly heading: string;
  readonly intro: string;
  readonly privacy: string;
  readonly start: {
    readonly heading: string;
    readonly name: string;
    readonly defaultName: string;
    readonly blank: string;
    readonly blankHint: string;
    readonly copy: string;
    readonly copyHint: string;
    readonly copyName: (title: string) => string;
    readonly files: string;
    readonly filesHint: string;
    readonly loading: string;
    readonly failed: (message: string) => string;
  };
  readonly projects: {
    readonly heading: string;
    readonly none: string;
    readonly open: (name: string) => string;
    readonly remove: (name: string) => string;
    readonly confirmRemove: (name: string) => string;
    readonly updated: (when: string) => string;
    readonly readOnly: string;
  };
  readonly bar: {
    readonly name: string;
    readonly undo: string;
    readonly redo: string;
    readonly allProjects: string;
    readonly saving: string;
    readonly saved: string;
    readonly saveFailed: (message: string) => string;
    readonly readOnly: string;
    readonly copy: string;
    readonly copyName: (name: string) => string;
  };
  readonly out: {
    readonly heading: string;
    readonly zip: string;
    readonly csv: string;
    readonly csvLeft: (file: string, fields: string) => string;
    readonly share: string;
    readonly shareLabel: string;
    readonly copied: string;
    readonly copyLink: string;
    readonly addCsv: string;
    readonly addCsvHint: string;
    readonly dropOnlyCsv: string;
  };
  readonly sections: {
    readonly label: string;
    readonly collection: string;
    readonly episodes: string;
    readonly roles: string;
    readonly article: string;
    readonly lessons: string;
  };
  readonly collection: {
    readonly title: string;
    readonly description: string;
    readonly addEpisode: string;
    readonly episodeId: string;
    readonly episodeTitle: string;
    readonly episodeLabel: string;
    readonly episodeSummary: string;
    readonly addEpisodeFailed: (message: string) => string;
    readonly language: string;
    readonly languageHint: string;
  };
  readonly checks: {
    readonly heading: string;
    readonly none: string;
    readonly count: (problems: number) => string;
    readonly started: string;
    readonly checking: string;
    readonly goTo: (field: string) => string;
  };
  readonly preview: {
    readonly heading: string;
    readonly empty: string;
  };
  readonly shared: {
    readonly opened: string;
    readonly failed: (message: string) => string;
  };
}

const plural = (count: number, one: string, many: string) =>
  `${formatNumber(count)} ${count === 1 ? one : many}`;

export const STUDIO_TEXT: StudioText = localized("studio", {
  heading: "Studio: make your own comparison",
  intro:
    "Build a comparison of your own: episodes and their events, the moments that line them up, an article and its claims checked, and a lesson to walk a class through it. Every change is checked as the curated collection is, and the timeline beside the editor follows it.",
  privacy:
    "Your projects are kept in this browser only, and saved as you go; nothing is uploaded anywhere.",
  start: {
    heading: "Start a project",
    name: "Project name",
    defaultName: "My comparison",
    blank: "Start from nothing",
    blankHint: "An empty collection: add the episodes you want to compare.",
    copy: "Copy this collection",
    copyHint: "The collection you are reading, to extend or change; it stays as it is.",
    copyName: (title) => `Copy of ${title}`,
    files: "Open files…",
    filesHint:
      "A collection's files (collection.json with its episodes, articles and lessons), a zip of them, or a spreadsheet (CSV) of one episode; or drop them here.",
    loading: "Opening…",
    failed: (message) => `The project could not be started: ${message}`,
  },
  projects: {
    heading: "Your projects in this browser",
    none: "None yet.",
    open: (name) => `Open ${name}`,
    remove: (name) => `Delete ${name}`,
    confirmRemove: (name) =>
      `Delete the project “${name}” from this browser? This cannot be undone.`,
    updated: (when) => `saved ${when}`,
    readOnly: "shared with you, read-only",
  },
  bar: {
    name: "Project",
    undo: "Undo",
    redo: "Redo",
    allProjects: "All projects",
    saving: "Saving…",
    saved: "Saved in this browser",
    saveFailed: (message) => `Not saved: ${message}`,
    readOnly:
      "This comparison was shared with you and opens read-only. Make a copy to change it; the original stays as it was sent.",
    copy: "Make a copy to edit",
    copyName: (name) => `${name} (my copy)`,
  },
  out: {
    heading: "Take it out",
    zip: "Download the files (zip)",
    csv: "Download each episode as CSV",
    csvLeft: (file, fields) =>
      `${file}: a spreadsheet has no column for ${fields}; the zip keeps them.`,
    share: "Make a share link",
    shareLabel: "Share link",
    copied: "Copied",
    copyLink: "Copy the link",
    addCsv: "Add an episode from a spreadsheet (CSV)…",
    addCsvHint:
      "Adds the sheet's episode beside those here; it never replaces one. A sheet dropped on the Studio is added too.",
    dropOnlyCsv:
      "Only spreadsheets (CSV) of episodes can be dropped on an open project; to begin from other files, start a new project from All projects.",
  },
  sections: {
    label: "Parts of the collection",
    collection: "Collection",
    episodes: "Episodes and events",
    roles: "Analogies",
    article: "Article",
    lessons: "Lessons",
  },
  collection: {
    title: "Title",
    description: "Description",
    addEpisode: "Add an episode",
    episodeId: "Id",
    episodeTitle: "Title",
    episodeLabel: "Short label",
    episodeSummary: "Summary",
    addEpisodeFailed: (message) => `The episode was not added: ${message}`,
    language: "Language of the text",
    languageHint:
      'A BCP 47 tag, e.g. "en", "hu", "cs", "ru" or "kk": readers\' screen readers speak the collection in it.',
  },
  checks: {
    heading: "Checks",
    none: "No problems: the collection is valid and ready to share.",
    count: (problems) =>
      `${plural(problems, "problem", "problems")}, in the words npm run validate uses; what is wrong is kept as typed until it is fixed.`,
    started: "What could not be taken from the files",
    checking: "Checking…",
    goTo: (field) => `Go to ${field}`,
  },
  preview: {
    heading: "The timeline, as it will be drawn",
    empty: "The timeline appears here once an episode has a valid event.",
  },
  shared: {
    opened: "A shared comparison was opened from the link.",
    failed: (message) => `The shared link could not be opened: ${message}`,
  },
});
