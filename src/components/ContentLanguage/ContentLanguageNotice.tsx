import { LANGUAGE_TEXT } from "../../i18n/language";
import { isOtherLanguage } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import { useInterfaceLanguage } from "../../i18n/useInterfaceLanguage";
import { languageName, useContentLanguage } from "./contentLanguage";
import "./contentLanguage.css";

/**
 * Says what language the collection is in when it is not the interface's, so that a reader
 * who chose Hungarian is not surprised by English titles and summaries.
 */
export function ContentLanguageNotice() {
  const content = useContentLanguage();
  const shown = useInterfaceLanguage();
  if (content === undefined || !isOtherLanguage(content, shown)) return null;
  return (
    <p className="echoes-content-language">
      {LANGUAGE_TEXT.contentIn(languageName(content, currentLocale()))}
    </p>
  );
}
