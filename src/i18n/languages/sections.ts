import { APP_TEXT } from "../app";
import { ARTICLE_TEXT } from "../article";
import { AXIS_TEXT } from "../axis";
import type { Catalog } from "../catalog";
import { CLUSTER_LIST_TEXT } from "../clusterList";
import { CORRECTIONS_TEXT } from "../corrections";
import { EMBED_TEXT } from "../embed";
import { EMBED_DIALOG_TEXT } from "../embedDialog";
import { EVENT_TEXT } from "../event";
import { FILTERS_TEXT } from "../filters";
import { IMAGE_TEXT } from "../image";
import { LANGUAGE_TEXT } from "../language";
import { LESSON_TEXT } from "../lesson";
import { LESSON_LAUNCHER_TEXT } from "../lessonLauncher";
import { LINK_TEXT } from "../link";
import { MATRIX_TEXT } from "../matrix";
import { NEW_VERSION_TEXT } from "../newVersion";
import { NOTICE_TEXT } from "../notices";
import { ORIGIN_TEXT } from "../origin";
import { EMPTY_VIEW_TEXT, OVERVIEW_TEXT } from "../overview";
import { PRINT_TEXT } from "../print";
import { SHARE_TEXT } from "../share";
import { STATEMENT_TEXT } from "../statement";
import { STATUS_TEXT } from "../status";
import { STUDIO_TEXT } from "../studio";
import { STUDIO_ANALOGY_TEXT } from "../studioAnalogy";
import { STUDIO_ARTICLE_TEXT } from "../studioArticle";
import { STUDIO_EVENTS_TEXT } from "../studioEvents";
import { STUDIO_LESSONS_TEXT } from "../studioLessons";
import { STUDIO_SOURCE_TEXT } from "../studioSources";
import { TABLE_TEXT } from "../table";
import { THEME_TEXT } from "../theme";
import { TIMELINE_TEXT } from "../timeline";
import { CERTAINTY_LABELS, KIND_LABELS, VERDICT_LABELS } from "../vocabulary";

/**
 * Every section of the interface as its English module holds it, read in the shown language: the
 * list that the right-to-left test and the tests of the translations go through.
 */
export const SECTIONS: Catalog = {
  app: APP_TEXT,
  article: ARTICLE_TEXT,
  axis: AXIS_TEXT,
  clusterList: CLUSTER_LIST_TEXT,
  corrections: CORRECTIONS_TEXT,
  embed: EMBED_TEXT,
  embedDialog: EMBED_DIALOG_TEXT,
  event: EVENT_TEXT,
  filters: FILTERS_TEXT,
  image: IMAGE_TEXT,
  language: LANGUAGE_TEXT,
  lesson: LESSON_TEXT,
  lessonLauncher: LESSON_LAUNCHER_TEXT,
  link: LINK_TEXT,
  matrix: MATRIX_TEXT,
  newVersion: NEW_VERSION_TEXT,
  notices: NOTICE_TEXT,
  origin: ORIGIN_TEXT,
  overview: OVERVIEW_TEXT,
  emptyView: EMPTY_VIEW_TEXT,
  print: PRINT_TEXT,
  share: SHARE_TEXT,
  statement: STATEMENT_TEXT,
  status: STATUS_TEXT,
  studio: STUDIO_TEXT,
  studioAnalogy: STUDIO_ANALOGY_TEXT,
  studioArticle: STUDIO_ARTICLE_TEXT,
  studioEvents: STUDIO_EVENTS_TEXT,
  studioLessons: STUDIO_LESSONS_TEXT,
  studioSources: STUDIO_SOURCE_TEXT,
  table: TABLE_TEXT,
  theme: THEME_TEXT,
  timeline: TIMELINE_TEXT,
  kinds: KIND_LABELS,
  certainty: CERTAINTY_LABELS,
  verdicts: VERDICT_LABELS,
};
