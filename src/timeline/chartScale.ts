import type { LayoutOptions } from "./layoutLane";

/** How much larger than on a page the chart is drawn on a 1920 x 1080 projector: 12 px labels become 20.4 px. */
export const PROJECTOR_SCALE = 1.7;
const FULL_HD = { width: 1920, height: 1080 };
/** Beyond this, a larger screen is read from farther away, not closer: the chart gets more room, not larger type. */
const MAX_SCALE = 2.5;

/**
 * The scale of the chart's type and spacing on a projector with this viewport:
 * PROJECTOR_SCALE at 1920 x 1080, in proportion to the smaller side below and
 * above it, never under the page's own size.
 */
export function projectorScale(viewportWidth: number, viewportHeight: number): number {
  const fraction = Math.min(viewportWidth / FULL_HD.width, viewportHeight / FULL_HD.height);
  return Math.min(MAX_SCALE, Math.max(1, PROJECTOR_SCALE * fraction));
}

/** The room marks and labels take in a row, for symbols and type drawn `scale` times their usual size. */
export function scaleLayout(options: LayoutOptions, scale: number): LayoutOptions {
  if (scale === 1) return options;
  return {
    ...options,
    markWidth: options.markWidth * scale,
    labelOffset: options.labelOffset * scale,
    gap: options.gap * scale,
    minLabelWidth: options.minLabelWidth * scale,
    clusterRadius: options.clusterRadius * scale,
  };
}
