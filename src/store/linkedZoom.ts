import { showValue } from "../data/format/showValue";
import { LINK_TEXT } from "../i18n/link";
import { IDENTITY_ZOOM, type ZoomTransform } from "../timeline/laneScales";
import type { LinkField } from "./linkCodec";

/**
 * Beyond any zoom the chart allows whatever the collection (see zoomLimits):
 * a link past these was edited or broken, and is refused. Within them the
 * chart keeps the zoom to its own limits, as it keeps a gesture's.
 */
const LINKED_ZOOM = { minScale: 1e-6, maxScale: 1e9, maxShift: 1e12 } as const;
/** The limits in the address's own terms, the scale k and the shift x, in any language. */
const LINKED_ZOOM_WORDS = "1e-6 ≤ k ≤ 1e9, |x| ≤ 1e12";

/**
 * The zoom as a link writes it, within what a link may ask for: the scale to
 * five significant digits (a scale far out is small, and must not round to 0),
 * the shift to four decimals of the chart's width.
 */
function linkedZoom({ k, x }: ZoomTransform): ZoomTransform {
  const within = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  const scale = Math.min(LINKED_ZOOM.maxScale, Math.max(LINKED_ZOOM.minScale, k));
  return { k: Number(scale.toPrecision(5)), x: Number(within(x, LINKED_ZOOM.maxShift).toFixed(4)) };
}

/** The zoom as `zoom=scale,shift`, the shift a share of the chart's width; a change of it only rewrites the address. */
export const zoomField: LinkField<ZoomTransform, unknown> = {
  params: ["zoom"],
  read: (params, { refuse }) => {
    const text = params.get("zoom");
    if (text === null) return IDENTITY_ZOOM;
    const [k, x] = text.split(",").map(Number);
    if (
      k === undefined ||
      x === undefined ||
      !(k > 0) ||
      !Number.isFinite(k) ||
      !Number.isFinite(x)
    ) {
      refuse(LINK_TEXT.zoom(showValue(text)));
      return IDENTITY_ZOOM;
    }
    if (
      k < LINKED_ZOOM.minScale ||
      k > LINKED_ZOOM.maxScale ||
      Math.abs(x) > LINKED_ZOOM.maxShift
    ) {
      refuse(LINK_TEXT.zoomBeyond(showValue(text), LINKED_ZOOM_WORDS));
      return IDENTITY_ZOOM;
    }
    return { k, x };
  },
  write: (zoom) => {
    const { k, x } = linkedZoom(zoom);
    return { zoom: k !== IDENTITY_ZOOM.k || x !== IDENTITY_ZOOM.x ? `${k},${x}` : undefined };
  },
  same: (a, b) => {
    const zoomA = linkedZoom(a);
    const zoomB = linkedZoom(b);
    return zoomA.k === zoomB.k && zoomA.x === zoomB.x;
  },
  // Zooming and panning are not steps: the address keeps up without a history entry.
  history: "replace",
};
