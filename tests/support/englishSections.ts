import { APP_TEXT } from "../../src/i18n/app";
import { ARTICLE_TEXT } from "../../src/i18n/article";
import { AXIS_TEXT } from "../../src/i18n/axis";
import type { Catalog } from "../../src/i18n/catalog";
import { CLUSTER_LIST_TEXT } from "../../src/i18n/clusterList";
import { CORRECTIONS_TEXT } from "../../src/i18n/corrections";
import { EMBED_TEXT } from "../../src/i18n/embed";
import { EMBED_DIALOG_TEXT } from "../../src/i18n/embedDialog";
import { EVENT_TEXT } from "../../src/i18n/event";
import { FILTERS_TEXT } from "../../src/i18n/filters";
import { IMAGE_TEXT } from "../../src/i18n/image";
import { LANGUAGE_TEXT } from "../../src/i18n/language";
import { LESSON_TEXT } from "../../src/i18n/lesson";
import { LESSON_LAUNCHER_TEXT } from "../../src/i18n/lessonLauncher";
import { LINK_TEXT } from "../../src/i18n/link";
import { MATRIX_TEXT } from "../../src/i18n/matrix";
import { NEW_VERSION_TEXT } from "../../src/i18n/newVersion";
import { NOTICE_TEXT } from "../../src/i18n/notices";
import { ORIGIN_TEXT } from "../../src/i18n/origin";
import { EMPTY_VIEW_TEXT, OVERVIEW_TEXT } from "../../src/i18n/overview";
import { PRINT_TEXT } from "../../src/i18n/print";
import { SHARE_TEXT } from "../../src/i18n/share";
import { STATEMENT_TEXT } from "../../src/i18n/statement";
import { STATUS_TEXT } from "../../src/i18n/status";
import { STUDIO_TEXT } from "../../src/i18n/studio";
import { STUDIO_ANALOGY_TEXT } from "../../src/i18n/studioAnalogy";
import { STUDIO_ARTICLE_TEXT } from "../../src/i18n/studioArticle";
import { STUDIO_EVENTS_TEXT } from "../../src/i18n/studioEvents";
import { STUDIO_LESSONS_TEXT } from "../../src/i18n/studioLessons";
import { STUDIO_SOURCE_TEXT } from "../../src/i18n/studioSources";
import { TABLE_TEXT } from "../../src/i18n/table";
import { THEME_TEXT } from "../../src/i18n/theme";
import { TIMELINE_TEXT } from "../../src/i18n/timeline";
import { CERTAINTY_LABELS, KIND_LABELS, VERDICT_LABELS } from "../../src/i18n/vocabulary";

/**
 * Every section of the interface as its English module holds it (read in the shown language): the
 * list the tests of the translations go through, and the English strings none may copy.
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
