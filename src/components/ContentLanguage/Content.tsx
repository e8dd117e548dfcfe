import type { ReactNode } from "react";
import { writtenIn } from "../../i18n/languages";
import { useContentLanguage } from "./contentLanguage";

/** The collection's own text among the interface's words, marked with the collection's language. */
export function Content({ children }: { readonly children: ReactNode }) {
  return <span {...writtenIn(useContentLanguage())}>{children}</span>;
}
