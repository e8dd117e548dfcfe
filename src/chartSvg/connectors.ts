import type { Connector } from "../timeline/connectors";
import type { Palette } from "./palette";
import { round, type SvgNode, svg } from "./svgNode";

/** The curves that join the events of each analogy role in neighbouring lanes, dashed and pale. */
export function connectorsNode(connectors: readonly Connector[], palette: Palette): SvgNode {
  return svg(
    "g",
    {
      "aria-label": "connector",
      fill: "none",
      stroke: palette.connector,
      "stroke-dasharray": "3 3",
    },
    connectors.map(({ roleId, from, to }) => {
      const [x0, y0, x1, y1] = [from.x, from.y + 8, to.x, to.y - 8].map(round);
      const middle = round((from.y + to.y) / 2);
      // From under the upper symbol to over the lower one.
      return svg("path", {
        "data-role": roleId,
        d: `M${x0},${y0} C${x0},${middle} ${x1},${middle} ${x1},${y1}`,
      });
    }),
  );
}
