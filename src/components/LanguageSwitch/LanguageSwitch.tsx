import "./languageSwitch.css";
import { useEffect, useId, useRef } from "react";
import { showLanguage } from "../../i18n/interfaceLanguage";
import { LANGUAGE_TEXT as TEXT } from "../../i18n/language";
import { INTERFACE_LANGUAGES, languageOfTag } from "../../i18n/languages";
import { useInterfaceLanguage } from "../../i18n/useInterfaceLanguage";
import { addressWithLanguage } from "./languageAddress";
import { noteSwitchInMenu } from "./switchedInMenu";

/** Set when the switch changes the language, so that the switch drawn in the new one has the focus. */
let focusAfterSwitch = false;

/**
 * The interface's language, kept in the address so that a shared link or embed keeps it. Each
 * language is named in itself, so that a reader finds theirs whatever the page is in.
 */
export function LanguageSwitch() {
  const id = useId();
  const shown = useInterfaceLanguage();
  const select = useRef<HTMLSelectElement>(null);
  const offered = INTERFACE_LANGUAGES.includes(shown)
    ? INTERFACE_LANGUAGES
    : [...INTERFACE_LANGUAGES, shown];

  useEffect(() => {
    if (!focusAfterSwitch) return;
    focusAfterSwitch = false;
    select.current?.focus();
  }, []);

  return (
    <div className="echoes-language-switch">
      <label htmlFor={id}>{TEXT.label}</label>
      <select
        ref={select}
        id={id}
        value={shown.tag}
        onChange={(event) => {
          const chosen = languageOfTag(event.target.value);
          if (!chosen) return;
          focusAfterSwitch = true;
          noteSwitchInMenu(event.currentTarget.closest(".echoes-tool-menu") !== null);
          window.history.replaceState(
            window.history.state,
            "",
            addressWithLanguage(window.location.href, chosen),
          );
          void showLanguage(chosen);
        }}
      >
        {offered.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
