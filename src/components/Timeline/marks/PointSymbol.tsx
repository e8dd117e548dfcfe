import { KIND_STYLES } from "../../../chartSvg/kindStyles";
import { SYMBOL_PATHS } from "../../../chartSvg/symbolPaths";
import type { EventKind } from "../../../data/format/schema";

export interface PointSymbolProps {
  readonly kind: EventKind;
  /** Selected, or lit by the role or passage pointed at. */
  readonly ringed: boolean;
  /** A dashed ring marks an event whose facts the sources dispute. */
  readonly disputed: boolean;
}

/** The event's kind, told by shape as well as colour. */
export function PointSymbol({ kind, ringed, disputed }: PointSymbolProps) {
  const style = KIND_STYLES[kind];
  return (
    <>
      {ringed ? <circle className="echoes-mark__halo" r={10} /> : null}
      {disputed ? <circle className="echoes-mark__disputed" r={8.5} /> : null}
      <path
        className={`echoes-mark__symbol${style.stroked ? " is-outline" : ""}`}
        d={SYMBOL_PATHS[kind].mark}
        strokeWidth={style.stroked ? 2 : 1}
      />
    </>
  );
}
