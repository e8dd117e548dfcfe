/** A phone held upright: the timeline runs down the screen, a lane to a column. */
export const PORTRAIT_PHONE = "(max-width: 700px) and (orientation: portrait)";
