import { APP_TEXT } from "../../i18n/app";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectPage } from "../../store/selectors";
import { PAGES, type Page } from "../../store/slices/viewSlice";
import { focusWhenShown } from "./focusWhenShown";

/** The page's main landmark, where the skip link lands without scripts. */
export const MAIN_ID = "echoes-main";

/** Where each view's heading is, to take the reader there when they switch. */
export const PAGE_HEADINGS: Record<Page, string> = {
  timeline: "echoes-timeline-heading",
  matrix: "echoes-matrix-heading",
  table: "echoes-events-table",
  corrections: "echoes-corrections-heading",
  studio: "echoes-studio-heading",
};

export interface ViewTabsProps {
  /** Initials in place of the names, for a narrow screen (the names are still read out). */
  readonly short?: boolean;
  /** Told when the reader points at a tab, touches it or moves to it, before they choose it. */
  readonly onChoosing?: (page: Page) => void;
}

/** The views of the collection; the studio, for writing rather than reading, is among the page's tools. */
const READING_PAGES = PAGES.filter((page) => page !== "studio");

/** The ways of looking at the collection; the choice is part of the view's link. */
export function ViewTabs({ short = false, onChoosing }: ViewTabsProps) {
  const page = useEchoes(selectPage);
  const { setPage } = useEchoesActions();
  return (
    <ul className="echoes-views">
      {READING_PAGES.map((candidate) => (
        <li key={candidate}>
          <button
            type="button"
            className="echoes-views__tab"
            aria-current={candidate === page ? "page" : undefined}
            onPointerEnter={() => onChoosing?.(candidate)}
            onPointerDown={() => onChoosing?.(candidate)}
            onFocus={() => onChoosing?.(candidate)}
            onClick={() => {
              setPage(candidate);
              focusWhenShown(PAGE_HEADINGS[candidate]);
            }}
          >
            {short ? (
              <>
                <span aria-hidden="true">{APP_TEXT.pagesShort[candidate]}</span>
                <span className="echoes-visually-hidden">{APP_TEXT.pages[candidate]}</span>
              </>
            ) : (
              APP_TEXT.pages[candidate]
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The way to the studio among the page's tools, marked as the page shown while it is. */
export function StudioButton({ onChoosing }: Pick<ViewTabsProps, "onChoosing">) {
  const page = useEchoes(selectPage);
  const { setPage } = useEchoesActions();
  return (
    <button
      type="button"
      className="echoes-button echoes-studio-button"
      aria-current={page === "studio" ? "page" : undefined}
      onPointerEnter={() => onChoosing?.("studio")}
      onFocus={() => onChoosing?.("studio")}
      onClick={() => {
        setPage("studio");
        focusWhenShown(PAGE_HEADINGS.studio);
      }}
    >
      {APP_TEXT.pages.studio}
    </button>
  );
}

/** The first thing on the page for keyboard and screen-reader users: straight to the table. */
export function SkipToTable({ onChoosing }: Pick<ViewTabsProps, "onChoosing">) {
  const { setPage } = useEchoesActions();
  return (
    <a
      className="echoes-skip-link"
      href={`#${MAIN_ID}`}
      onFocus={() => onChoosing?.("table")}
      onClick={(event) => {
        event.preventDefault();
        setPage("table");
        focusWhenShown(PAGE_HEADINGS.table);
      }}
    >
      {APP_TEXT.skipToTable}
    </a>
  );
}
