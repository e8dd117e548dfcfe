import { useDeferredValue, useEffect, useMemo } from "react";
import { showValue } from "../data/format/showValue";
import { INTERFACE_LANGUAGES, languageOfTag } from "../i18n/languages";
import { LINK_TEXT } from "../i18n/link";
import { formatList } from "../i18n/locale";
import { asDrawn, type DrawnCollection } from "../store/drawnCollection";
import { useEchoes, useEchoesActions } from "../store/EchoesProvider";
import { selectLoad } from "../store/selectors";
import { useViewLink } from "./useViewLink";

/**
 * Loads the collection at collectionUrl and follows it: what is loaded, the
 * collection once it is ready to draw, whether the page is still waiting, and
 * what the address asked for that could not be shown.
 */
export function useShownCollection(collectionUrl: string) {
  const load = useEchoes(selectLoad);
  const { loadCollection } = useEchoesActions();

  useEffect(() => {
    void loadCollection(collectionUrl);
  }, [collectionUrl, loadCollection]);

  const loaded = load.status === "loaded" ? asDrawn(load.collection) : undefined;
  // The address's view is restored as soon as the collection arrives, before it is drawn, so
  // that it is drawn once, in that view.
  const unrestoredView = useViewLink(loaded);
  const unrestored = useMemo(() => [...languageRefusal(), ...unrestoredView], [unrestoredView]);
  // Drawn in a transition, which React splits into short tasks so that the page stays responsive.
  const collection: DrawnCollection | undefined = useDeferredValue(loaded);
  const loading = load.status !== "failed" && !collection;
  return { load, collection, loading, unrestored };
}

/** What the page says of an address's language that Echoes does not have, if it names one. */
function languageRefusal(): readonly string[] {
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked === null || languageOfTag(asked)) return [];
  const tags = INTERFACE_LANGUAGES.map((language) => language.tag);
  return [LINK_TEXT.language(showValue(asked), formatList(tags))];
}
