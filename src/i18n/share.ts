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
}

export const SHARE_TEXT: ShareText = {
  copyLink: "Copy link",
  linkCopied: "Link to this view copied",
  copyByHand: "Copy this link:",
  embed: "Embed",
  downloadSvg: "Download SVG",
  downloadPng: "Download PNG",
  exportFailed: (reason) => `The picture could not be made: ${reason}`,
};
