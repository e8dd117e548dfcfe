import { useEffect, useId, useMemo, useRef, useState } from "react";
import { type EmbedTheme, EMBED_DIALOG_TEXT as TEXT } from "../../i18n/embedDialog";
import { INTERFACE_LANGUAGES, languageOfTag } from "../../i18n/languages";
import { COLUMN_PX, defaultEmbedHeight, describeEmbed } from "./describeEmbed";
import "./EmbedDialog.css";

export interface EmbedDialogProps {
  readonly title: string;
  readonly onClose: () => void;
}

const MIN_SIZE = 300;

/** What the embed's address asks of it, beyond the view. */
export interface EmbedChoices {
  readonly showArticle: boolean;
  readonly compact: boolean;
  readonly theme: EmbedTheme;
  /** The interface language's tag, or "" to follow each reader's browser languages. */
  readonly language: string;
}

/** The embed address of the view now shown: the same parameters, with the embed ones. */
export function embedAddress(
  location: Location,
  { showArticle, compact, theme, language }: EmbedChoices,
): string {
  const url = new URL(location.href);
  url.searchParams.set("embed", "");
  if (showArticle) url.searchParams.delete("article");
  else url.searchParams.set("article", "off");
  if (compact) url.searchParams.set("compact", "");
  else url.searchParams.delete("compact");
  if (theme) url.searchParams.set("theme", theme);
  else url.searchParams.delete("theme");
  if (language) url.searchParams.set("lang", language);
  else url.searchParams.delete("lang");
  url.hash = "";
  return url.href;
}

/** The language the address asks for, if Echoes has it; else none, for each reader's own. */
function languageAsked(location: Location): string {
  const asked = new URLSearchParams(location.search).get("lang");
  return (asked !== null && languageOfTag(asked)?.tag) || "";
}

function toEmbedTheme(value: string | undefined): EmbedTheme {
  return value === "light" || value === "dark" ? value : "";
}

/** The code a newsroom pastes into its page: the iframe, and the script that sizes it. */
export function embedSnippet(address: string, title: string, height: number): string {
  const origin = new URL(address).origin;
  const attribute = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    `<iframe data-echoes-embed src="${attribute(address)}" title="${attribute(TEXT.frameTitle(title))}"`,
    `        style="width: 100%; height: ${height}px; border: 0" loading="lazy"></iframe>`,
    `<script src="${origin}/embed.js" async></script>`,
  ].join("\n");
}

/** Builds the embed code for the current view, with a live preview of what readers will see. */
export default function EmbedDialog({ title, onClose }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [width, setWidth] = useState(COLUMN_PX);
  const [showArticle, setShowArticle] = useState(false);
  const [compact, setCompact] = useState(true);
  // Until one is typed, the height that fits the options chosen.
  const [chosenHeight, setChosenHeight] = useState<number>();
  const height = chosenHeight ?? defaultEmbedHeight({ showArticle, compact });
  // The theme the page was asked for, which main.ts has set; else the reader's own.
  const [theme, setTheme] = useState(() => toEmbedTheme(document.documentElement.dataset.theme));
  const [language, setLanguage] = useState(() => languageAsked(window.location));
  const [copied, setCopied] = useState(false);
  const address = useMemo(
    () => embedAddress(window.location, { showArticle, compact, theme, language }),
    [showArticle, compact, theme, language],
  );
  const snippet = embedSnippet(address, title, height);
  const about = describeEmbed({ width, height, showArticle, compact });
  const toSize = (value: string, fallback: number) => Math.max(MIN_SIZE, Number(value) || fallback);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="echoes-embed-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <h2 id={headingId} className="echoes-embed-dialog__title">
        {TEXT.heading}
      </h2>
      <div className="echoes-embed-dialog__options">
        <label>
          {TEXT.width}{" "}
          <input
            type="number"
            min={MIN_SIZE}
            max={2000}
            step={10}
            value={width}
            onChange={(event) => setWidth(toSize(event.target.value, COLUMN_PX))}
          />
        </label>
        <label>
          {TEXT.height}{" "}
          <input
            type="number"
            min={MIN_SIZE}
            max={2000}
            step={10}
            value={height}
            onChange={(event) => setChosenHeight(toSize(event.target.value, height))}
          />
        </label>
        <label className="echoes-check">
          <input
            type="checkbox"
            checked={compact}
            onChange={(event) => setCompact(event.target.checked)}
          />
          {TEXT.compact}
        </label>
        <label className="echoes-check">
          <input
            type="checkbox"
            checked={showArticle}
            onChange={(event) => setShowArticle(event.target.checked)}
          />
          {TEXT.showArticle}
        </label>
        <label>
          {TEXT.theme}{" "}
          <select value={theme} onChange={(event) => setTheme(toEmbedTheme(event.target.value))}>
            <option value="">{TEXT.themes[""]}</option>
            <option value="light">{TEXT.themes.light}</option>
            <option value="dark">{TEXT.themes.dark}</option>
          </select>
        </label>
        <label>
          {TEXT.language}{" "}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">{TEXT.readersLanguage}</option>
            {INTERFACE_LANGUAGES.map((offered) => (
              <option key={offered.tag} value={offered.tag} lang={offered.tag}>
                {offered.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className="echoes-embed-dialog__about" aria-labelledby={`${headingId}-about`}>
        <h3 id={`${headingId}-about`}>{TEXT.about.heading}</h3>
        <ul>
          {about.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      <label className="echoes-embed-dialog__code">
        {TEXT.code}
        <textarea readOnly rows={4} value={snippet} onFocus={(event) => event.target.select()} />
      </label>
      <div className="echoes-embed-dialog__actions">
        <button type="button" className="echoes-button" onClick={() => void copy()}>
          {TEXT.copy}
        </button>
        <span role="status">{copied ? TEXT.copied : ""}</span>
        <form method="dialog">
          <button type="submit" className="echoes-button">
            {TEXT.close}
          </button>
        </form>
      </div>
      <p className="echoes-embed-dialog__note">{TEXT.note}</p>
      {/* At the column's width, so that it shows the layout readers will see; wider than the dialog, it scrolls. */}
      <div className="echoes-embed-dialog__stage">
        <iframe
          className="echoes-embed-dialog__preview"
          src={address}
          title={TEXT.preview}
          style={{ width: `${width}px`, height: `${height}px` }}
        />
      </div>
    </dialog>
  );
}
