import {
  defaultRangeExtractor,
  type Range,
  useWindowVirtualizer,
  type VirtualItem,
  type Virtualizer,
} from "@tanstack/react-virtual";
import { type RefObject, useCallback, useLayoutEffect, useRef } from "react";
import { usePhoneScreen } from "../../app/useMediaQuery";
import {
  everyRowIndex,
  keptRows,
  type WindowPart,
  windowParts,
  withKeptRows,
} from "../../table/rowWindow";
import { useDocumentTop } from "./useDocumentTop";

/** A row's height before it is drawn: a line or two on a wide screen, a card of six fields on a phone. */
export const ROW_ESTIMATE_PX = 48;
const CARD_ESTIMATE_PX = 320;
/** Rows drawn past each edge of the window, so that a quick scroll or a Tab finds rows there. */
const OVERSCAN = 6;

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * A drawn row's height with its margins, which set the cards apart on a phone.
 * Fractions are kept so that a gap is as tall as the rows it replaces.
 */
function measureRow(element: HTMLTableRowElement, entry: ResizeObserverEntry | undefined): number {
  const style = getComputedStyle(element);
  const height = entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
  return height + px(style.marginTop) + px(style.marginBottom);
}

const leaveUnmeasured = () => {};

/**
 * Whether a row's change of height should move the page with it, so that
 * what the reader is looking at stays put. As the library does, for rows
 * above the window; and, scrolling up, for every row drawn for the first
 * time: those come in at the top, and their estimate being wrong would
 * otherwise push the rows in view down.
 */
function keepsViewInPlace(
  row: VirtualItem,
  _delta: number,
  virtualizer: Virtualizer<Window, HTMLTableRowElement>,
): boolean {
  const viewTop = virtualizer.scrollOffset ?? 0;
  if (!virtualizer.itemSizeCache.has(row.key)) {
    return row.start < viewTop || virtualizer.scrollDirection === "backward";
  }
  return row.end <= viewTop && virtualizer.scrollDirection !== "backward";
}

export interface RowWindowOptions {
  readonly count: number;
  /**
   * The rows in their order, compared by identity. Heights are kept by place rather than by row
   * (a key per row makes every scroll step cost a call per row), so a new order measures afresh.
   */
  readonly order: unknown;
  /** Where the rows are, whose place on the page the window is measured from. */
  readonly body: RefObject<HTMLTableSectionElement | null>;
  /** The row holding focus, and the selected row: drawn wherever the page is scrolled. -1 is none. */
  readonly focused: number;
  readonly selected: number;
  /** Few enough rows to draw them all; their columns then fit their content. */
  readonly short: boolean;
  /** The page is being printed: every row is drawn, and none measured, so that the window comes back as it was. */
  readonly printing: boolean;
}

export interface RowWindow {
  readonly parts: readonly WindowPart[];
  /** The ref each drawn row passes, which measures it now and whenever it changes size. */
  readonly measure: Virtualizer<Window, HTMLTableRowElement>["measureElement"];
}

/**
 * The rows of a long table that the window shows, with gaps for the rest:
 * the page scrolls as if every row were there, and only the rows in view
 * (and a few past its edges) are in the document.
 */
export function useRowWindow({
  count,
  order,
  body,
  focused,
  selected,
  short,
  printing,
}: RowWindowOptions): RowWindow {
  const whole = short || printing;
  const phone = usePhoneScreen();
  const listTopPx = useDocumentTop(body);
  const estimateSize = useCallback(() => (phone ? CARD_ESTIMATE_PX : ROW_ESTIMATE_PX), [phone]);
  const rangeExtractor = useCallback(
    (range: Range) =>
      whole
        ? everyRowIndex(range.count)
        : withKeptRows(defaultRangeExtractor(range), keptRows(focused, selected), range.count),
    [whole, focused, selected],
  );
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: listTopPx,
    // The window's size from the first render on, so that the table opens with its rows drawn.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor,
    measureElement: measureRow,
  });

  useLayoutEffect(() => {
    virtualizer.shouldAdjustScrollPositionOnItemSizeChange = keepsViewInPlace;
  }, [virtualizer]);

  // Heights measured in one layout (rows or cards, columns fixed or fitted) or one order of the rows
  // are wrong in another: the drawn rows are measured again, the others estimated until drawn.
  const layout = `${phone ? "cards" : "rows"}, ${short ? "fitted" : "fixed"}`;
  const measuredFor = useRef({ layout, order });
  useLayoutEffect(() => {
    if (measuredFor.current.layout === layout && measuredFor.current.order === order) return;
    measuredFor.current = { layout, order };
    virtualizer.measure();
    for (const row of virtualizer.elementsCache.values()) virtualizer.measureElement(row);
  }, [layout, order, virtualizer]);

  return {
    parts: windowParts(
      virtualizer.getVirtualItems(),
      listTopPx,
      listTopPx + virtualizer.getTotalSize(),
    ),
    measure: printing ? leaveUnmeasured : virtualizer.measureElement,
  };
}
