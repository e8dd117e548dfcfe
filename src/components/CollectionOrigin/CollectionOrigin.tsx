import { collectionOrigin } from "../../app/collectionOrigin";
import { CURATED_COLLECTION_URL } from "../../app/curatedCollection";
import { ORIGIN_TEXT } from "../../i18n/origin";
import { useEchoes } from "../../store/EchoesProvider";
import { selectLoad } from "../../store/selectors";
import "./collectionOrigin.css";

/**
 * Beside the title of a collection that is not the curated one: where it
 * comes from (a site's host, or the reader's files), so that nothing from
 * elsewhere is taken for the collection Echoes checks.
 */
export function CollectionOrigin() {
  const load = useEchoes(selectLoad);
  if (load.status === "idle") return null;
  const origin = collectionOrigin(load.source, CURATED_COLLECTION_URL, window.location.href);
  if (!origin) return null;
  const where =
    origin.kind === "files" ? ORIGIN_TEXT.files(origin.names) : origin.host || origin.path;
  const onThisSite = origin.kind === "address" && !origin.host;
  return (
    <p
      className="echoes-origin"
      title={origin.kind === "address" ? origin.url : origin.names.join("\n")}
    >
      {ORIGIN_TEXT.from} <strong className="echoes-origin__where">{where}</strong>
      {onThisSite ? ` ${ORIGIN_TEXT.onThisSite}` : null}
      {" · "}
      {ORIGIN_TEXT.notCurated}
    </p>
  );
}
