import { useSyncExternalStore } from "react";
import type { InterfaceLanguage } from "./languages";
import { interfaceLanguage, onLanguageChange } from "./localized";

/** The language the interface is shown in, drawn again when it changes. */
export const useInterfaceLanguage = (): InterfaceLanguage =>
  useSyncExternalStore(onLanguageChange, interfaceLanguage, interfaceLanguage);
