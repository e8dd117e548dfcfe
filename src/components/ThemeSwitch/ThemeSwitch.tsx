import "./themeSwitch.css";
import { useId, useState } from "react";
import { THEME_TEXT as TEXT } from "../../i18n/theme";
import { addressWithTheme, applyTheme, THEMES, type Theme, themeOf } from "./theme";

/** Light, dark or the system's theme, kept in the address so that a shared link keeps it. */
export function ThemeSwitch() {
  const id = useId();
  const [theme, setTheme] = useState<Theme>(() => themeOf(window.location.search));
  return (
    <div className="echoes-theme-switch">
      <label htmlFor={id}>{TEXT.label}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const chosen = event.target.value as Theme;
          setTheme(chosen);
          applyTheme(document.documentElement, chosen);
          window.history.replaceState(
            window.history.state,
            "",
            addressWithTheme(window.location.href, chosen),
          );
        }}
      >
        {THEMES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {TEXT.options[candidate]}
          </option>
        ))}
      </select>
    </div>
  );
}
