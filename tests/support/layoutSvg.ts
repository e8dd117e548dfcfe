import type { ChartLayout } from "../../src/timeline/layoutChart";

const escapeText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * The layout as a plain SVG a reviewer can open and read: lanes, the shared
 * axis, each mark with its row and label as drawn, each "+N" with what it
 * holds. Written for snapshot tests, so that a change to the layout shows as
 * a picture and a readable diff.
 */
export function layoutSvg(layout: ChartLayout, width: number, title: string): string {
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${px(layout.height)}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeText(title)}</title>`,
    `<rect width="${width}" height="${px(layout.height)}" fill="#fff"/>`,
  ];
  for (const tick of layout.ticks) {
    lines.push(
      `<g data-tick="${tick.value}"><line x1="${px(tick.px)}" x2="${px(tick.px)}" y1="20" y2="${px(layout.height)}" stroke="#ddd"/><text x="${px(tick.px)}" y="14" font-size="11" text-anchor="middle">${escapeText(tick.label)}</text></g>`,
    );
  }
  for (const { lane, top, height, marks, clusters } of layout.lanes) {
    lines.push(
      `<g data-episode="${lane.episode.id}"><rect y="${px(top)}" width="${width}" height="${px(height)}" fill="none" stroke="#ccc"/><text x="8" y="${px(top + 17)}" font-weight="700">${escapeText(lane.episode.label)}</text>`,
    );
    for (const mark of marks) {
      const side = mark.labelSide === "left";
      lines.push(
        `  <g data-ref="${mark.ref}"><circle cx="${px(mark.x0)}" cy="${px(mark.y)}" r="5"/>${
          mark.x1 > mark.x0
            ? `<rect x="${px(mark.x0)}" y="${px(mark.y + 6)}" width="${px(mark.x1 - mark.x0)}" height="4" fill="#69c"/>`
            : ""
        }${
          mark.label
            ? `<text x="${px(mark.x0 + (side ? -12 : 12))}" y="${px(mark.y + 4)}"${side ? ' text-anchor="end"' : ""}>${escapeText(mark.label)}</text>`
            : ""
        }</g>`,
      );
    }
    for (const cluster of clusters) {
      lines.push(
        `  <g data-refs="${cluster.refs.join(" ")}"><rect x="${px(cluster.x - 2)}" y="${px(cluster.y - 9)}" width="34" height="18" rx="9"/><text x="${px(cluster.x + 15)}" y="${px(cluster.y + 4)}" fill="#fff" text-anchor="middle">+${cluster.refs.length}</text></g>`,
      );
    }
    lines.push("</g>");
  }
  lines.push("</svg>", "");
  return lines.join("\n");
}
