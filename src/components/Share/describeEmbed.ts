import { NARROW_EMBED_PX, SHORT_EMBED_PX } from "../../app/embedBox";
import { EMBED_DIALOG_TEXT } from "../../i18n/embedDialog";

export interface EmbedOptions {
  /** The column the embed will sit in, in CSS pixels: the iframe takes its full width. */
  readonly width: number;
  readonly height: number;
  readonly showArticle: boolean;
  readonly compact: boolean;
}

/** The column width the default heights are measured for: a news article's column. */
export const COLUMN_PX = 640;

/**
 * Heights at which the embed's content (title, controls, the chart with its usual rows and the
 * attribution) fits a column of COLUMN_PX or wider, with a little room for other fonts; checked
 * by tests/e2e/embed.test.ts. The switch to the article takes a row of its own.
 */
const COMPACT_HEIGHT = 860;
const FULL_HEIGHT = 960;
const SWITCH_ROW = 40;

/** The frame's height for the snippet until one is chosen. */
export function defaultEmbedHeight({
  showArticle,
  compact,
}: Omit<EmbedOptions, "width" | "height">) {
  return (compact ? COMPACT_HEIGHT : FULL_HEIGHT) + (showArticle ? SWITCH_ROW : 0);
}

const TEXT = EMBED_DIALOG_TEXT.about;

/** What the embed will do with these options at this size, a sentence each. */
export function describeEmbed(options: EmbedOptions): string[] {
  const { width, height, showArticle, compact } = options;
  const layout = !showArticle
    ? TEXT.alone(width)
    : width <= NARROW_EMBED_PX
      ? TEXT.switched(width)
      : TEXT.beside(width);
  const controls = compact
    ? TEXT.compact
    : height <= SHORT_EMBED_PX
      ? TEXT.short(height)
      : TEXT.full;
  const room =
    height >= defaultEmbedHeight(options) ? TEXT.roomy(height, COLUMN_PX) : TEXT.cramped(height);
  return [layout, controls, room, ...(width < COLUMN_PX ? [TEXT.narrowColumn(COLUMN_PX)] : [])];
}
