import { formatNumber, pluralCategory } from "./locale";
import { localized } from "./localized";

/** The list a "+N" opens. */
export interface ClusterListText {
  readonly label: (count: number) => string;
  readonly separate: string;
  readonly close: string;
}

export const CLUSTER_LIST_TEXT: ClusterListText = localized("clusterList", {
  label: (count) =>
    pluralCategory(count) === "one"
      ? `${formatNumber(count)} event folded here`
      : `${formatNumber(count)} events folded here`,
  separate: "Zoom to separate",
  close: "Close",
});
