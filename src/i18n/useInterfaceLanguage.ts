import { useSyncExternalStore } from "react";
import { interfaceLanguage, onLanguageChange } from "./interfaceLanguage";
import type { InterfaceLanguage } from "./languages";

/** The language the interface is shown in, drawn again when it changes. */
export const useInterfaceLanguage = (): InterfaceLanguage =>
  useSyncExternalStore(onLanguageChange, interfaceLanguage, interfaceLanguage);
