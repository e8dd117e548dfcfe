import type { Connector as ConnectorLine } from "../../../timeline/connectors";

/** The curve that joins the events of one analogy role in neighbouring lanes. */
export function Connector({
  connector,
  highlighted,
}: {
  readonly connector: ConnectorLine;
  readonly highlighted: boolean;
}) {
  const { from, to } = connector;
  const middle = (from.y + to.y) / 2;
  return (
    <path
      className={highlighted ? "is-highlighted" : ""}
      d={`M${from.x},${from.y + 8} C${from.x},${middle} ${to.x},${middle} ${to.x},${to.y - 8}`}
    />
  );
}
