import { useMemo } from "react";
import { createPortal } from "react-dom";
import type { Collection } from "../../data/format/collection";
import { AXIS_TEXT } from "../../i18n/axis";
import { currentLocale } from "../../i18n/locale";
import { PRINT_TEXT } from "../../i18n/print";
import { useEchoes } from "../../store/EchoesProvider";
import {
  selectAlignRoleId,
  selectHiddenKinds,
  selectMode,
  selectSelectedRef,
  selectZoom,
} from "../../store/selectors";
import { dayZeroAnchorRefs } from "../../timeline/emphasis";
import { buildTimelineModel } from "../../timeline/laneModels";
import { layoutForPrint, PRINT_WIDTH } from "../../timeline/printLayout";
import type { CalendarTickFunction } from "../../timeline/ticks";
import { CollectionOrigin } from "../CollectionOrigin/CollectionOrigin";
import { chartLabelFont, labelMeasure } from "../Timeline/measureLabel";
import { useEpisodesInView } from "../Timeline/useEpisodesInView";
import { FoldedList } from "./FoldedList";
import { PrintChart } from "./PrintChart";
import { PrintTable } from "./PrintTable";
import { usePrinting } from "./usePrinting";

/** What the chart may take of a landscape page, under the title, with its caption below. */
const CHART_HEIGHT = 520;

export interface PrintHandoutProps {
  readonly collection: Collection;
  /** The calendar axis's ticks, loaded beforehand: the printout is built at once, and cannot wait for them. */
  readonly calendarTicks?: CalendarTickFunction;
}

/**
 * The timeline's handout: the view in the reader's window laid out again for a
 * landscape page, the events it has no room for listed under it, then every
 * event in view with its dates and sources. Built only while the page prints,
 * in place of the page (see print.css).
 */
export function PrintHandout(props: PrintHandoutProps) {
  const printing = usePrinting();
  return printing ? createPortal(<ViewHandout {...props} />, document.body) : null;
}

function ViewHandout({ collection, calendarTicks }: PrintHandoutProps) {
  const mode = useEchoes(selectMode);
  const alignRoleId = useEchoes(selectAlignRoleId);
  const zoom = useEchoes(selectZoom);
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const selectedRef = useEchoes(selectSelectedRef);
  const { shown } = useEpisodesInView(collection.episodes);
  const measure = labelMeasure(chartLabelFont());
  const model = useMemo(
    () => buildTimelineModel(shown, collection.roles, mode, alignRoleId),
    [shown, collection.roles, mode, alignRoleId],
  );
  const print = useMemo(
    () =>
      layoutForPrint(
        model,
        collection.roles,
        new Set(hiddenKinds),
        zoom,
        {
          mustShow: new Set(dayZeroAnchorRefs(model)),
          promote: new Set(selectedRef ? [selectedRef] : []),
        },
        {
          width: PRINT_WIDTH,
          height: CHART_HEIGHT,
          measure,
          locale: currentLocale(),
          calendarTicks,
        },
      ),
    [model, collection.roles, hiddenKinds, zoom, selectedRef, measure, calendarTicks],
  );
  const role = collection.roles.find((candidate) => candidate.id === alignRoleId);
  const view =
    mode === "aligned" && role ? PRINT_TEXT.alignedOn(role.label) : PRINT_TEXT.modes[mode];
  return (
    <article className="echoes-print echoes-print--view">
      <header className="echoes-print__header">
        <h1>{collection.title}</h1>
        <CollectionOrigin />
        <p>{view}</p>
      </header>
      <figure className="echoes-print__figure">
        <PrintChart
          print={print}
          mode={mode}
          measure={measure}
          label={PRINT_TEXT.chartLabel(view)}
          selectedRef={selectedRef}
        />
        {mode === "aligned" ? <figcaption>{AXIS_TEXT.dayZeroCaption}</figcaption> : null}
      </figure>
      <FoldedList print={print} model={model} />
      <PrintTable collection={collection} refs={print.inView} />
    </article>
  );
}
