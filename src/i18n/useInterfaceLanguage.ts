import { useSyncExternalStore } from "react";
import { onLanguageChange } from "./interfaceLanguage";
import type { InterfaceLanguage } from "./languages";
import { interfaceLanguage } from "./localized";

/** The language the interface is shown in, drawn again when it changes. */
export const useInterfaceLanguage = (): InterfaceLanguage =>
  useSyncExternalStore(onLanguageChange, interfaceLanguage, interfaceLanguage);
