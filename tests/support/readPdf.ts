import { execFileSync } from "node:child_process";

export interface PdfContent {
  readonly pages: number;
  /** Width and height of the first page, in points. */
  readonly size: readonly [number, number];
  /** The text, with every run of white space made one space. */
  readonly text: string;
}

/** What a PDF file holds, read back with poppler's pdfinfo and pdftotext. */
export function readPdf(path: string): PdfContent {
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: [Number(size?.[1]), Number(size?.[2])],
    text: execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
  };
}
