import type { Collection } from "../../data/format/collection";
import { CopyLinkButton } from "./CopyLinkButton";
import { ExportButtons } from "./ExportButtons";

export interface EmbedShareRowProps {
  readonly collection: Collection;
}

/** In a full-size embed, at the end of the controls: the view's link and its pictures. */
export default function EmbedShareRow({ collection }: EmbedShareRowProps) {
  return (
    <>
      <CopyLinkButton />
      <ExportButtons collection={collection} />
    </>
  );
}
