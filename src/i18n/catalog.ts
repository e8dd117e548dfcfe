import type { CertaintyLevel, EventKind, Verdict } from "../data/format/schema";
import type { AppText } from "./app";
import type { ArticleText } from "./article";
import type { AxisText } from "./axis";
import type { ClusterListText } from "./clusterList";
import type { CorrectionsText } from "./corrections";
import type { EmbedText } from "./embed";
import type { EmbedDialogText } from "./embedDialog";
import type { EventText } from "./event";
import type { FiltersText } from "./filters";
import type { ImageText } from "./image";
import type { LanguageText } from "./language";
import type { LessonText } from "./lesson";
import type { LessonLauncherText } from "./lessonLauncher";
import type { LinkText } from "./link";
import type { MatrixText } from "./matrix";
import type { NewVersionText } from "./newVersion";
import type { NoticeText } from "./notices";
import type { OriginText } from "./origin";
import type { EmptyViewText, OverviewText } from "./overview";
import type { PrintText } from "./print";
import type { ShareText } from "./share";
import type { StatementText } from "./statement";
import type { StatusText } from "./status";
import type { StudioText } from "./studio";
import type { StudioAnalogyText } from "./studioAnalogy";
import type { StudioArticleText } from "./studioArticle";
import type { StudioEventsText } from "./studioEvents";
import type { StudioLessonsText } from "./studioLessons";
import type { StudioSourceText } from "./studioSources";
import type { TableText } from "./table";
import type { ThemeText } from "./theme";
import type { TimelineText } from "./timeline";

/**
 * Everything the interface says, by section: one section per module of src/i18n/, whose English
 * text loads with its part of the app. A translation is a whole Catalog, so the compiler refuses
 * one that misses a string.
 */
export interface Catalog {
  readonly app: AppText;
  readonly article: ArticleText;
  readonly axis: AxisText;
  readonly clusterList: ClusterListText;
  readonly corrections: CorrectionsText;
  readonly embed: EmbedText;
  readonly embedDialog: EmbedDialogText;
  readonly event: EventText;
  readonly filters: FiltersText;
  readonly image: ImageText;
  readonly language: LanguageText;
  readonly lesson: LessonText;
  readonly lessonLauncher: LessonLauncherText;
  readonly link: LinkText;
  readonly matrix: MatrixText;
  readonly newVersion: NewVersionText;
  readonly notices: NoticeText;
  readonly origin: OriginText;
  readonly overview: OverviewText;
  readonly emptyView: EmptyViewText;
  readonly print: PrintText;
  readonly share: ShareText;
  readonly statement: StatementText;
  readonly status: StatusText;
  readonly studio: StudioText;
  readonly studioAnalogy: StudioAnalogyText;
  readonly studioArticle: StudioArticleText;
  readonly studioEvents: StudioEventsText;
  readonly studioLessons: StudioLessonsText;
  readonly studioSources: StudioSourceText;
  readonly table: TableText;
  readonly theme: ThemeText;
  readonly timeline: TimelineText;
  readonly kinds: Record<EventKind, string>;
  readonly certainty: Record<CertaintyLevel, string>;
  readonly verdicts: Record<Verdict, string>;
}

export type CatalogSection = keyof Catalog;
