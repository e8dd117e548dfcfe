/** Up to this width the embed's article and timeline take turns behind a switch; wider, they sit side by side. */
export const NARROW_EMBED_PX = 900;

/** Up to this height the embed's controls are compact, whatever the embed was asked for. */
export const SHORT_EMBED_PX = 560;
