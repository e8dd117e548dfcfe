import { useEffect, useRef } from "react";
import type { Collection } from "../../data/format/collection";
import { APP_TEXT } from "../../i18n/app";
import { SHARE_TEXT } from "../../i18n/share";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectPage } from "../../store/selectors";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { OPEN_FILES_INPUT_ID } from "../OpenFiles/openFilesInput";
import { LessonLauncher } from "../Presenter/LessonLauncher";
import { CopyLinkButton } from "../Share/CopyLinkButton";
import { ExportButtons } from "../Share/ExportButtons";
import { ThemeSwitch } from "../ThemeSwitch/ThemeSwitch";
import { DayZeroSelect } from "../Timeline/DayZeroSelect";
import { focusWhenShown } from "../Views/focusWhenShown";
import { PAGE_HEADINGS } from "../Views/ViewTabs";

/** `share`: sharing and saving, beside the chart's controls. `phone`: every tool the page folds away. */
export type ToolMenuVariant = "share" | "phone";

export interface ToolMenuPanelProps {
  readonly variant: ToolMenuVariant;
  readonly collection: Collection;
  readonly onEmbed: () => void;
  readonly onClose: () => void;
}

/** What the tool menu holds, in sections; the first tool takes focus when it opens. */
export default function ToolMenuPanel({
  variant,
  collection,
  onEmbed,
  onClose,
}: ToolMenuPanelProps) {
  const page = useEchoes(selectPage);
  const { setPage } = useEchoesActions();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Unless a tool inside has taken it already (the language switch, after a switch).
    if (rootRef.current?.contains(document.activeElement)) return;
    rootRef.current
      ?.querySelector<HTMLElement>("button:not(:disabled), select:not(:disabled), label[for]")
      ?.focus();
  }, []);
  const phone = variant === "phone";
  const onTimeline = page === "timeline";

  return (
    <div ref={rootRef} className="echoes-tool-menu__sections">
      {phone && onTimeline && collection.roles.length > 0 ? (
        <section className="echoes-tool-menu__section" aria-label={SHARE_TEXT.sections.view}>
          <h2 className="echoes-tool-menu__heading">{SHARE_TEXT.sections.view}</h2>
          <DayZeroSelect roles={collection.roles} />
        </section>
      ) : null}
      <section className="echoes-tool-menu__section" aria-label={SHARE_TEXT.sections.share}>
        {phone ? <h2 className="echoes-tool-menu__heading">{SHARE_TEXT.sections.share}</h2> : null}
        <CopyLinkButton />
        <button type="button" className="echoes-button" onClick={onEmbed}>
          {SHARE_TEXT.embed}
        </button>
        {onTimeline ? <ExportButtons collection={collection} /> : null}
        <button
          type="button"
          className="echoes-button"
          onClick={() => {
            onClose();
            // Once the menu has closed, so that it is not on the paper.
            requestAnimationFrame(() => window.print());
          }}
        >
          {SHARE_TEXT.print}
        </button>
      </section>
      {phone ? (
        <section className="echoes-tool-menu__section" aria-label={SHARE_TEXT.sections.more}>
          <h2 className="echoes-tool-menu__heading">{SHARE_TEXT.sections.more}</h2>
          <LessonLauncher lessons={collection.lessons} />
          {/* The file input stays in the page's header, which also takes files dropped on the page. */}
          <label htmlFor={OPEN_FILES_INPUT_ID} className="echoes-button">
            {APP_TEXT.openFiles.open}
          </label>
          <LanguageSwitch />
          <ThemeSwitch />
          {page === "studio" ? null : (
            <button
              type="button"
              className="echoes-button"
              onClick={() => {
                onClose();
                setPage("studio");
                focusWhenShown(PAGE_HEADINGS.studio);
              }}
            >
              {APP_TEXT.pages.studio}
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}
