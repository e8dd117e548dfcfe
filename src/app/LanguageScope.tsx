import { Fragment, type ReactNode, useLayoutEffect } from "react";
import {
  ContentLanguageContext,
  useCollectionLanguage,
} from "../components/ContentLanguage/contentLanguage";
import { APP_TEXT } from "../i18n/app";
import { useInterfaceLanguage } from "../i18n/useInterfaceLanguage";
import { markPageLanguage } from "./pageLanguage";

/**
 * Draws the page in the interface's language. Every part reads its words as it renders, so a new
 * language draws the page afresh; the view is kept, for it lives in the store, not in the parts.
 */
export function LanguageScope({ children }: { readonly children: ReactNode }) {
  const language = useInterfaceLanguage();
  const contentLanguage = useCollectionLanguage();
  useLayoutEffect(() => {
    markPageLanguage(document.documentElement, language);
    document.title = APP_TEXT.pageTitle;
  }, [language]);
  return (
    <ContentLanguageContext value={contentLanguage}>
      <Fragment key={language.tag}>{children}</Fragment>
    </ContentLanguageContext>
  );
}
