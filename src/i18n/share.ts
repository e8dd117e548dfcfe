import { localized } from "./localized";
/** What the buttons that share and save the timeline say. */
export interface ShareText {
  readonly copyLink: string;
  readonly linkCopied: string;
  /** Beside the address, where the clipboard refused it. */
  readonly copyByHand: string;
  readonly embed: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly exportFailed: (reason: string) => string;
  /** The menu of sharing and saving beside the chart's controls. */
  readonly shareMenu: string;
  /** On a phone: the one menu that holds the tools a wide screen shows in the page. */
  readonly phoneMenu: string;
  readonly print: string;
  readonly sections: { readonly view: string; readonly share: string; readonly more: string };
  readonly loading: string;
}

export const SHARE_TEXT: ShareText = localized("share", {
  copyLink: "Copy link",
  linkCopied: "Link to this view copied",
  copyByHand: "Copy this link:",
  embed: "Embed…",
  downloadSvg: "Download SVG",
  downloadPng: "Download PNG",
  exportFailed: (reason) => `The picture could not be made: ${reason}`,
  shareMenu: "Share",
  phoneMenu: "Menu",
  print: "Print the timeline",
  sections: { view: "View", share: "Share and save", more: "More" },
  loading: "Loading…",
});
