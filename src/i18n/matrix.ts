import { localized } from "./localized";
/** What the analogy matrix says. */
export interface MatrixText {
  readonly heading: string;
  readonly intro: string;
  readonly caption: string;
  readonly role: string;
  readonly alike: string;
  readonly differs: string;
  readonly nothingAlike: string;
  readonly notInRole: string;
  readonly showEvent: (title: string, episode: string) => string;
}

export const MATRIX_TEXT: MatrixText = localized("matrix", {
  heading: "The analogy, role by role",
  intro:
    "Each row is a part that events play in the comparison; each column an episode. The last two columns say what is alike in that row and what differs. Choose an event to see it on the timeline, aligned on its row.",
  caption: "Analogy matrix: roles as rows, episodes as columns",
  role: "Role",
  alike: "What is alike",
  differs: "What differs",
  nothingAlike: "Nothing recorded as alike.",
  notInRole: "No event recorded for this role.",
  showEvent: (title, episode) => `${title} (${episode}): show on the timeline`,
});
