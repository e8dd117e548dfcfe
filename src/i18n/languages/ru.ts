import type { Catalog } from "../catalog";
import { formatList, formatNumber, pluralCategory } from "../locale";

const MINUS = "\u2212";

/** "+1 000", "−3" with a true minus sign, or "0". */
const signed = (value: number) =>
  value === 0 ? "0" : `${value < 0 ? MINUS : "+"}${formatNumber(Math.abs(value))}`;

/** The form of a noun after a count: 1 событие, 2 события, 5 событий, 1,5 события. */
const forms = (count: number, one: string, few: string, many: string, other = few) => {
  switch (pluralCategory(count)) {
    case "one":
      return one;
    case "few":
      return few;
    case "many":
      return many;
    default:
      return other;
  }
};

/** A count and its noun: "3 события". */
const counted = (count: number, one: string, few: string, many: string) =>
  `${formatNumber(count)} ${forms(count, one, few, many)}`;

const events = (count: number) => counted(count, "событие", "события", "событий");
const problems = (count: number) => counted(count, "проблема", "проблемы", "проблем");

/** Beyond this many files, the rest are counted rather than named. */
const NAMED_FILES = 3;

const ID_HINT = (example: string) =>
  `Строчные латинские буквы и цифры через дефис, например «${example}»`;

const STUDIO_SOURCES = {
  source: (index: number) => `Источник ${formatNumber(index + 1)}`,
  sourceTitle: "Название",
  sourcePublisher: "Издатель",
  sourceUrl: "Веб-адрес",
  sourceLocator: "Место в источнике",
  addSource: "Добавить источник",
  removeSource: (index: number) => `Удалить источник ${formatNumber(index + 1)}`,
};

const MODES = {
  aligned: "Выравнивание",
  calendar: "Календарь",
  sequence: "Последовательность",
};

/** The interface in Russian. */
export const RU: Catalog = {
  app: {
    brand: "Echoes",
    heading: "Сравнение исторических эпизодов",
    pageTitle: "Echoes: сравнение исторических эпизодов",
    skipToTable: "Перейти к таблице событий",
    views: "Представления",
    pages: {
      timeline: "Временная шкала",
      matrix: "Матрица аналогий",
      table: "Таблица событий",
      corrections: "Исправления",
      studio: "Создать своё",
    },
    pagesShort: {
      timeline: "Шкала",
      matrix: "Матрица",
      table: "Таблица",
      corrections: "Правки",
      studio: "Создать",
    },
    loadingView: "Загрузка…",
    article: "Статья",
    allEvents: (count) => `Все события по эпизодам (${formatNumber(count)})`,
    episodeEvents: (episode) => `События эпизода «${episode}» в хронологическом порядке`,
    openFiles: {
      open: "Открыть свои файлы…",
      hint: "или перетащите их на страницу: коллекцию с её файлами или эпизоды в формате JSON или CSV",
      backToCurated: "Вернуться к редакционной коллекции",
      tooLarge: (files, megabytes) =>
        `${files.join(", ")}: размер превышает ${formatNumber(megabytes, "megabyte")} — предел для Echoes`,
      source: (files) => `ваши файлы (${files.join(", ")})`,
    },
    dropHere: "Отпустите файлы, чтобы открыть их",
    dropHint:
      "Коллекция с её файлами или эпизоды в формате JSON или CSV. Данные не покидают этот компьютер.",
  },

  article: {
    heading: "Статья",
    picker: "Статья",
    sourceLine: (author, publisher, date) =>
      [
        author ? `Автор: ${author}` : undefined,
        publisher ?? "Издание не указано",
        date ?? "Дата не указана",
      ]
        .filter(Boolean)
        .join(" · "),
    original: "Читать оригинал",
    claimsOnly: (count) => `Показать только проверенные утверждения (${formatNumber(count)})`,
    passage: (text, links) =>
      `«${text}» — ${
        links.length > 0
          ? `связанные события: ${links.map(({ event, episode }) => `${event} (${episode})`).join("; ")}`
          : "утверждение без связанных событий"
      }`,
    verdictButton: (verdict, open) =>
      `${verdict}: ${open ? "скрыть" : "показать"} проверку утверждения`,
    checked: (verdict) => `Результат проверки: ${verdict.toLowerCase()}.`,
    sources: "Источники:",
  },

  axis: {
    day: (days) => `день ${signed(days)}`,
    hours: (hours) => `${signed(hours)} ч`,
    weeks: (weeks) => `${signed(weeks)} ${forms(weeks, "неделя", "недели", "недель")}`,
    months: (months) => `${signed(months)} ${forms(months, "месяц", "месяца", "месяцев")}`,
    years: (years) => `${signed(years)} ${forms(years, "год", "года", "лет")}`,
    step: (step) => `шаг ${formatNumber(step)}`,
    dayZeroCaption:
      "День 0 — момент, когда началось опорное событие каждой полосы: его час, если источники его указывают, иначе начало его дня. Часы и дни отсчитываются от этого момента.",
  },

  clusterList: {
    label: (count) => `Свёрнуто здесь: ${events(count)}`,
    separate: "Увеличить, чтобы разделить",
    close: "Закрыть",
  },

  corrections: {
    heading: "Исправления",
    intro:
      "Что эта коллекция прежде сообщала ошибочно, что она сообщает теперь и источники для исправления; сначала новые. Выберите событие или фрагмент, чтобы увидеть его в нынешнем виде.",
    empty: "В этой коллекции ничего не исправлялось.",
    wrong: "Было",
    now: "Стало",
    sources: "Источники",
    events: "События",
    passages: "Фрагменты статей",
    roles: "Роли аналогий",
    event: (episode, title, date) => `${episode}: ${title}, ${date}`,
    passage: (quote, article) => `«${quote}» (${article})`,
    corrected: (date) => `Исправлено ${date}`,
    correctedLink: (date) => `Исправлено ${date}: читать исправление`,
  },

  embed: {
    heading: "Echoes",
    attribution: "Echoes: исторические эпизоды в сравнении, у каждого события — его источники.",
    openInEchoes: "Открыть в Echoes",
    panes: { label: "Шкала или статья", timeline: "Шкала", article: "Статья" },
  },

  embedDialog: {
    heading: "Встроить это представление",
    width: "Ширина вашей колонки в пикселях (для предпросмотра)",
    height: "Высота в пикселях",
    compact: "Компактный вид для колонки статьи",
    showArticle: "Показывать статью",
    theme: "Тема",
    themes: { "": "Как в настройках читателя", light: "Светлая", dark: "Тёмная" },
    language: "Язык",
    readersLanguage: "Язык браузера каждого читателя",
    about: {
      heading: "При этом размере",
      alone: (width) =>
        `При ширине ${width} пкс шкала занимает всю ширину; сведения о выбранном событии открываются поверх диаграммы.`,
      switched: (width) =>
        `При ширине ${width} пкс статья открывается с переключателем «Шкала / Статья» над диаграммой; выбор фрагмента возвращает к шкале, где отмечены его события.`,
      beside: (width) =>
        `При ширине ${width} пкс статья располагается рядом со шкалой и прокручивается отдельно; сведения о выбранном событии открываются поверх диаграммы.`,
      compact:
        "Компактный вид: ось времени, день 0 и масштаб в одной строке, без кнопок «Копировать ссылку» и «Скачать»; ссылка «Открыть в Echoes» под диаграммой ведёт в полное приложение.",
      short: (height) =>
        `При высоте ${height} пкс элементы управления сжимаются до одной-двух строк, без кнопок «Копировать ссылку» и «Скачать».`,
      full: "Кнопки «Копировать ссылку» и «Скачать» — под элементами управления.",
      roomy: (height, fromWidth) =>
        `При высоте ${height} пкс диаграмма показывает все свои обычные строки в колонке шириной от ${fromWidth} пкс, без полосы прокрутки внутри фрейма.`,
      cramped: (height) =>
        `При высоте ${height} пкс диаграмма, чтобы уместиться, показывает меньше строк на полосу (больше «+N»); со скриптом фрейм увеличивается, пока не будут видны все строки.`,
      narrowColumn: (fromWidth) =>
        `В колонке уже ${fromWidth} пкс элементы управления могут занять ещё одну строку: со скриптом фрейм увеличивается по содержимому, без него диаграмма показывает меньше строк.`,
    },
    code: "Код для вашей страницы",
    copy: "Копировать код",
    copied: "Код скопирован",
    close: "Закрыть",
    note: "Со скриптом фрейм принимает высоту, нужную его содержимому; указанная выше высота — начальная, без скрипта она сохраняется.",
    preview: "Предпросмотр встраивания",
    frameTitle: (title) => `Echoes — ${title}`,
  },

  event: {
    localTime: "местное время",
    certaintyNote: (level) => `${level}:`,
    sources: "Источники",
    opensInNewTab: "\u00a0(открывается в новой вкладке)",
  },

  filters: {
    kinds: "Типы событий",
    episodes: "Эпизоды",
    moveUp: (episode) => `Переместить вверх: ${episode}`,
    moveDown: (episode) => `Переместить вниз: ${episode}`,
  },

  image: {
    modes: {
      aligned: "Дни до и после",
      calendar: "Каждый эпизод в своём календаре",
      sequence: "События по порядку",
    },
    alignedOn: (role) => `Дни до и после момента «${role}» (день 0)`,
    sources: (publishers) => `Источники показанных событий: ${publishers.join("; ")}.`,
    madeWith: (origin) => `Сделано в Echoes: ${origin}`,
    cannotDraw: "Этот браузер не может нарисовать изображение.",
    noPng: "Файл PNG не создан.",
  },

  language: {
    label: "Язык",
    contentIn: (language) => `Язык этой коллекции: ${language}.`,
  },

  lesson: {
    presenter: "Урок",
    progress: (stop, count) => `Этап ${formatNumber(stop)} из ${formatNumber(count)}`,
    previous: "Назад",
    next: "Далее",
    fullScreen: "Во весь экран",
    leaveFullScreen: "Выйти из полноэкранного режима",
    exit: "Завершить урок",
    discuss: "Обсудите",
    articleSays: "В статье говорится",
    evidence: (count) =>
      count === 1
        ? "Событие, на котором основан этот этап, и его источники"
        : `События, на которых основан этот этап (${formatNumber(count)}), и их источники`,
    keys: "Между этапами можно переходить клавишами со стрелками, Page Up и Page Down (пультом для презентаций).",
    finished: "Это последний этап.",
    adjustView: "Настроить вид",
    showDetails: (title) => `Подробности: ${title}`,
    hideDetails: "Скрыть подробности",
  },

  lessonLauncher: {
    heading: "Уроки",
    present: (title) => `Провести урок «${title}»`,
    presentShort: "Провести урок",
    presentTitle: (title) => ` «${title}»`,
    print: "Распечатать материалы…",
    printLabel: (title) => `Распечатать материалы… для урока «${title}»`,
    stops: (count) => counted(count, "этап", "этапа", "этапов"),
  },

  link: {
    mode: (shown) => `оси времени ${shown} нет (ожидалось: aligned, calendar или sequence)`,
    role: (shown) => `роли аналогии ${shown} нет в этой коллекции`,
    kind: (shown) => `${shown} — не тип события`,
    episode: (shown) => `эпизода ${shown} нет в этой коллекции`,
    passage: (shown) => `фрагмента статьи ${shown} нет в этой коллекции`,
    event: (shown) => `события ${shown} нет в этой коллекции`,
    view: (shown) =>
      `представления ${shown} не существует (ожидалось: timeline, matrix, table, corrections или studio)`,
    lesson: (shown) => `урока ${shown} нет в этой коллекции`,
    stop: (shown, stops) =>
      `в уроке нет этапа ${shown} (ожидалось от 1 до ${stops}), поэтому он начинается с первого`,
    zoom: (shown) =>
      `масштаб ${shown} недопустим (ожидались коэффициент и сдвиг, например «2,-0.5»)`,
    zoomBeyond: (shown, expected) =>
      `масштаб ${shown} выходит за допустимые для диаграммы пределы (ожидалось: ${expected})`,
    language: (shown, expected) =>
      `язык ${shown} не поддерживается в Echoes (ожидалось: ${expected}), поэтому страница показана на языке браузера`,
  },

  matrix: {
    heading: "Аналогия, роль за ролью",
    intro:
      "Каждая строка — роль, которую события играют в сравнении; каждый столбец — эпизод. Последние два столбца показывают, что в этой строке сходно и что различается. Выберите событие, чтобы увидеть его на шкале с выравниванием по его строке.",
    caption: "Матрица аналогий: роли в строках, эпизоды в столбцах",
    role: "Роль",
    alike: "Что сходно",
    differs: "Что различается",
    nothingAlike: "Сходство не отмечено.",
    notInRole: "Для этой роли событий нет.",
    showEvent: (title, episode) => `${title} (${episode}): показать на шкале`,
  },

  newVersion: {
    ready: "Доступна новая версия Echoes.",
    reload: "Перезагрузить страницу",
  },

  notices: {
    failed: "Не удалось загрузить эту коллекцию",
    triedToLoad: ["При загрузке", "обнаружено следующее:"],
    validateHint: [
      "Если вы автор, команда",
      "npm run validate",
      "покажет те же проблемы в командной строке.",
    ],
    openCurated: "Открыть вместо неё редакционную коллекцию",
    partlyLoaded: (count) => `Часть этой коллекции не удалось загрузить (${problems(count)})`,
    restShown: "Всё остальное показано. Файлы нужно исправить в указанных местах:",
    notes: (count) =>
      `${count === 1 ? "Замечание" : counted(count, "замечание", "замечания", "замечаний")} о чтении этой коллекции`,
    allShown: "Показано всё; полезно знать:",
    leftOut: (what) => `Пропущено: ${what}.`,
    linkNotRestored: "Часть представления по этой ссылке не удалось восстановить",
    nearestView: "Вместо него показано ближайшее представление:",
    dismiss: "Закрыть",
  },

  origin: {
    from: "Источник:",
    files: (names) =>
      names.length === 1
        ? `ваш файл ${names[0]}`
        : names.length <= NAMED_FILES
          ? `ваши файлы ${formatList(names)}`
          : `ваши файлы ${formatList([...names.slice(0, NAMED_FILES), `ещё ${formatNumber(names.length - NAMED_FILES)}`])}`,
    onThisSite: "на этом сайте",
    notCurated: "не редакционная коллекция Echoes",
  },

  overview: {
    title:
      "Обзор всех событий (выше там, где их много); щёлкните или перетащите, чтобы переместить видимую область",
    window: "Видимая часть шкалы",
    position: (shownPercent, centrePercent) =>
      `Показано ${formatNumber(shownPercent, "percent")} шкалы, центр — на ${formatNumber(centrePercent, "percent")}`,
    laneRange: (episode, from, to) =>
      from === to ? `${episode}: ${from}` : `${episode}: ${from} — ${to}`,
  },

  emptyView: {
    message: "В этом отрезке времени нет событий.",
    showNearest: "Перейти к ближайшим событиям",
    fitAll: "Показать все события",
  },

  print: {
    caption: (count) => `Показанные события (${formatNumber(count)}) и их источники`,
    columns: { episode: "Эпизод", date: "Дата", event: "Событие", sources: "Источники" },
    kind: (label) => `(${label.toLowerCase()})`,
    source: (title, publisher, locator, site) =>
      `${[title, publisher, locator].filter(Boolean).join(", ")}${site ? ` (${site})` : ""}`,
    titleAndSite: (name, site) => (site ? `${name} (${site})` : name),
    modes: {
      aligned: "Дни до и после дня 0",
      calendar: "Каждый эпизод в своём календаре",
      sequence: "События по порядку",
    },
    alignedOn: (role) => `Дни до и после момента «${role}» (день 0)`,
    chartLabel: (view) => `Временная шкала: ${view}`,
    folded: (episode, count) =>
      `${episode}: ещё ${events(count)} в этом отрезке — на диаграмме для них не хватило места`,
    foldedCounts: (lanes) =>
      `Также в этом отрезке, но не поместились на диаграмме: ${lanes
        .map(([episode, count]) => `${episode} — ${events(count)}`)
        .join("; ")}.`,
    lesson: {
      dialogTitle: (lesson) => `Печать: «${lesson}»`,
      classHandout: "Распечатать материалы для класса",
      classHandoutHelp: (stops) =>
        `Для каждого ученика: ${counted(stops, "этап", "этапа", "этапов")}, у каждого — своя шкала, события, на которых он основан, с источниками и вопрос с местом для ответа.`,
      teacherSheet: "Распечатать лист учителя",
      teacherSheetHelp: (claims) =>
        `Для учителя: ${counted(claims, "проверенное утверждение", "проверенных утверждения", "проверенных утверждений")} из статьи, у каждого — вердикт, что говорят источники, и сами источники.`,
      close: "Закрыть",
    },
    handout: {
      title: (lesson) => `Урок: ${lesson}`,
      name: "Имя:",
      stop: (stop, count, title) =>
        `Этап ${formatNumber(stop)} из ${formatNumber(count)}: ${title}`,
      articleSays: "В статье говорится:",
      evidence: "События, на которых основан этот этап",
      otherSources: (count) => `(и ещё ${counted(count, "источник", "источника", "источников")})`,
      question: "Вопрос",
    },
    sheet: {
      title: (lesson) => `Лист учителя: ${lesson}`,
      intro:
        "Утверждения статьи, процитированные дословно, — у каждого вердикт проверки по источникам, что говорят источники, и сами источники.",
      claims: (article) => `Проверенные утверждения в статье «${article}»`,
      columns: {
        claim: "Утверждение",
        verdict: "Вердикт",
        check: "Что говорят источники",
        sources: "Источники",
      },
      paragraph: (place) =>
        typeof place === "number" ? `абзац ${formatNumber(place + 1)}` : "заголовок",
      noSources: "Источник не найден.",
    },
  },

  share: {
    copyLink: "Копировать ссылку",
    linkCopied: "Ссылка на это представление скопирована",
    copyByHand: "Скопируйте эту ссылку:",
    embed: "Встроить…",
    downloadSvg: "Скачать SVG",
    downloadPng: "Скачать PNG",
    exportFailed: (reason) => `Не удалось создать изображение: ${reason}`,
    shareMenu: "Поделиться",
    phoneMenu: "Меню",
    print: "Распечатать шкалу",
    sections: { view: "Вид", share: "Поделиться и сохранить", more: "Ещё" },
    loading: "Загрузка…",
  },

  statement: {
    evidence: "Основания:",
    episode: (name) => `(${name})`,
  },

  status: {
    loadingCollection: "Загрузка коллекции…",
    offline: "Нет подключения к сети. Echoes показывает копию, сохранённую на этом устройстве.",
    failed: (part) => `Не удалось показать: ${part}.`,
    tryAgain: "Повторить",
    reload: "Перезагрузить страницу",
    startAgain: "Начать заново с вида по умолчанию",
  },

  studio: {
    heading: "Студия: создайте своё сравнение",
    intro:
      "Постройте собственное сравнение: эпизоды и их события, моменты, по которым они выравниваются, статью с проверенными утверждениями и урок, чтобы провести по нему класс. Каждое изменение проверяется так же, как редакционная коллекция, а шкала рядом с редактором сразу его отражает.",
    privacy:
      "Ваши проекты хранятся только в этом браузере и сохраняются по ходу работы; ничего никуда не загружается.",
    start: {
      heading: "Начать проект",
      name: "Название проекта",
      defaultName: "Моё сравнение",
      blank: "Начать с нуля",
      blankHint: "Пустая коллекция: добавьте эпизоды, которые хотите сравнить.",
      copy: "Копировать эту коллекцию",
      copyHint:
        "Коллекция, которую вы читаете, — чтобы дополнить или изменить её; сама она останется прежней.",
      copyName: (title) => `Копия: ${title}`,
      files: "Открыть файлы…",
      filesHint:
        "Файлы коллекции (collection.json с её эпизодами, статьями и уроками), их ZIP-архив или таблица (CSV) одного эпизода; их также можно перетащить сюда.",
      loading: "Открытие…",
      failed: (message) => `Не удалось начать проект: ${message}`,
    },
    projects: {
      heading: "Ваши проекты в этом браузере",
      none: "Пока нет.",
      open: (name) => `Открыть проект «${name}»`,
      remove: (name) => `Удалить проект «${name}»`,
      confirmRemove: (name) =>
        `Удалить проект «${name}» из этого браузера? Это действие нельзя отменить.`,
      updated: (when) => `сохранено ${when}`,
      readOnly: "получен от другого пользователя, только для чтения",
    },
    bar: {
      name: "Проект",
      undo: "Отменить",
      redo: "Повторить",
      allProjects: "Все проекты",
      saving: "Сохранение…",
      saved: "Сохранено в этом браузере",
      saveFailed: (message) => `Не сохранено: ${message}`,
      readOnly:
        "Этим сравнением с вами поделились, поэтому оно открыто только для чтения. Чтобы изменить его, создайте копию; оригинал останется таким, каким его отправили.",
      copy: "Создать копию для правки",
      copyName: (name) => `${name} (моя копия)`,
    },
    out: {
      heading: "Экспорт",
      zip: "Скачать файлы (ZIP)",
      csv: "Скачать каждый эпизод в CSV",
      csvLeft: (file, fields) =>
        `${file}: в таблице нет столбцов для полей ${fields}; в ZIP-архиве они сохраняются.`,
      share: "Создать ссылку для общего доступа",
      shareLabel: "Ссылка для общего доступа",
      copied: "Скопировано",
      copyLink: "Копировать ссылку",
      addCsv: "Добавить эпизод из таблицы (CSV)…",
      addCsvHint:
        "Эпизод из таблицы добавляется к имеющимся и никогда не заменяет существующий. Таблица, перетащенная на Студию, тоже добавляется.",
      dropOnlyCsv:
        "На открытый проект можно перетаскивать только таблицы эпизодов (CSV); чтобы начать с других файлов, создайте новый проект в разделе «Все проекты».",
    },
    sections: {
      label: "Части коллекции",
      collection: "Коллекция",
      episodes: "Эпизоды и события",
      roles: "Аналогии",
      article: "Статья",
      lessons: "Уроки",
    },
    collection: {
      title: "Название",
      description: "Описание",
      addEpisode: "Добавить эпизод",
      episodeId: "ID",
      episodeTitle: "Название",
      episodeLabel: "Краткая подпись",
      episodeSummary: "Краткое описание",
      addEpisodeFailed: (message) => `Эпизод не добавлен: ${message}`,
      language: "Язык текста",
      languageHint:
        "Код языка BCP 47, например «en», «hu», «cs», «ru» или «kk»: на этом языке экранные дикторы читателей прочтут коллекцию.",
    },
    checks: {
      heading: "Проверки",
      none: "Проблем нет: коллекция корректна и готова к публикации.",
      count: (count) =>
        `${problems(count)} в формулировках npm run validate; ошибочные значения сохраняются в том виде, в каком введены, пока их не исправят.`,
      started: "Что не удалось взять из файлов",
      checking: "Проверка…",
      goTo: (field) => `Перейти к полю: ${field}`,
    },
    preview: {
      heading: "Шкала в том виде, в каком она будет нарисована",
      empty: "Шкала появится здесь, как только в эпизоде будет хотя бы одно корректное событие.",
    },
    shared: {
      opened: "Открыто сравнение, которым поделились по ссылке.",
      failed: (message) => `Не удалось открыть ссылку: ${message}`,
    },
  },

  studioAnalogy: {
    ...STUDIO_SOURCES,
    heading: "Роли аналогий",
    intro:
      "Роль выстраивает эпизоды в ряд: события каждого из них, играющие одну и ту же роль, что в них сходно и где сравнение перестаёт работать.",
    newRole: "Новая роль",
    id: "ID",
    idHint: ID_HINT("troops-arrive"),
    label: "Название",
    labelHint: "Как его видят читатели, например: Ввод войск",
    description: "Что она означает",
    descriptionHint:
      "Одно предложение о том, что должно произойти в событии, чтобы оно играло эту роль",
    addRole: "Добавить роль",
    noRoles: "Ролей пока нет. Добавьте роль, чтобы выровнять по ней эпизоды.",
    noEpisodes:
      "Сначала добавьте эпизод с событиями: каждая роль указывает события, которые её играют.",
    roleHeading: (label) => `Роль: ${label}`,
    removeRole: (label) => `Удалить роль «${label}»`,
    members: "События, которые её играют",
    membersHint: "Для каждого эпизода — событие или события, играющие эту роль.",
    addMember: (episode) => `Добавить событие эпизода «${episode}»`,
    chooseEvent: "Выберите событие…",
    noMember: "Пока не участвует в этой роли.",
    removeEvent: (event, episode) => `Исключить событие «${event}» из роли (эпизод «${episode}»)`,
    removeMember: (episode) => `Исключить эпизод «${episode}» из роли`,
    anchor: "День 0",
    anchorHint:
      "Событие, по которому выравнивается шкала; если оно не выбрано — событие с самой точной датой",
    anchorNone: "Событие с самой точной датой",
    note: "Примечание",
    noteHint: "Нужно, если ни одно событие не играет эту роль: объясните почему",
    alike: "Сходство",
    alikeHint: "Что общего у эпизодов в этой роли.",
    differs: "Различия",
    differsHint:
      "Где сравнение перестаёт работать: хотя бы одно. Сравнение, которое не говорит, где оно не работает, вводит в заблуждение.",
    noStatements: "Пока нет.",
    statement: (list, index) => `${list}, тезис ${formatNumber(index + 1)}`,
    evidence: "Основания",
    evidenceHint:
      "События, которые его подтверждают; удерживайте Ctrl или Cmd, чтобы выбрать несколько",
    newStatement: (list) => `Новый тезис: ${list.toLowerCase()}`,
    addStatement: (list) => `Добавить в раздел «${list}»`,
    removeStatement: (list, index) =>
      `Удалить тезис ${formatNumber(index + 1)} из раздела «${list}»`,
    unknownEvent: (ref) => `${ref} (не найдено)`,
    sources: "Источники для тезисов",
    sourcesHint: "Необязательно: где читатель может проверить, что сходно и что различается",
  },

  studioArticle: {
    ...STUDIO_SOURCES,
    heading: "Статьи",
    intro:
      "Статья, в которой проводилась аналогия: её текст дословно и цитаты из неё, связанные с событиями, о которых они говорят, — у каждой цитаты проверка её утверждения.",
    noArticles: "Статей пока нет.",
    newArticle: "Новая статья",
    id: "ID",
    idHint: ID_HINT("eerie-echoes"),
    title: "Заголовок",
    titleHint: "Как в публикации",
    publisher: "Издание",
    author: "Автор",
    published: "Дата публикации",
    publishedHint: "День, например 2022-01-07; только если вы можете это подтвердить",
    url: "Веб-адрес",
    urlHint: "Начинается с https://; только если вы можете это подтвердить",
    editorialNote: "Примечание редакции",
    editorialNoteHint:
      "Что было опущено со страницы, например реклама и ссылки на другие материалы",
    text: "Текст дословно",
    textHint: "Вставьте статью: каждая строка — абзац; пустые строки отбрасываются.",
    addArticle: "Добавить статью",
    articleHeading: (title) => `Статья: ${title}`,
    removeArticle: (title) => `Удалить статью «${title}»`,
    theText: "Текст",
    theTextHint:
      "Выделите слова в заголовке или в одном абзаце либо вставьте их в поле «Текст цитаты», затем создайте из них цитату.",
    headline: "Заголовок",
    paragraph: (index) => `Абзац ${formatNumber(index + 1)}`,
    replaceText: "Заменить текст",
    replaceTextHint:
      "Каждая строка — абзац. Цитаты сохраняют свои слова: цитата, слов которой больше нет в её абзаце, будет отмечена.",
    applyText: "Использовать этот текст",
    selected: (quote) => `Выделено: «${quote}»`,
    nothingSelected: "В тексте ничего не выделено.",
    quote: "Текст цитаты",
    quoteHint: "Или вставьте сюда точные слова: с теми же прописными буквами и знаками препинания",
    excerptId: "ID цитаты",
    excerptIdHint: "Если оставить пустым, он будет создан из слов",
    makeExcerpt: "Создать цитату",
    nothingChosen: "Сначала выделите слова в тексте или вставьте их в поле «Текст цитаты».",
    notFound: (quote) =>
      `«${quote}» не встречается дословно ни в заголовке, ни в одном абзаце: нужны те же слова, прописные буквы и знаки препинания`,
    excerpts: "Цитаты",
    noExcerpts: "Цитат пока нет.",
    excerptHeading: (id) => `Цитата ${id}`,
    excerptPlace: (place) => `Место в тексте: ${place}`,
    events: "События, о которых она говорит",
    eventsHint: "По эпизодам; удерживайте Ctrl или Cmd, чтобы выбрать несколько",
    unknownEvent: (ref) => `${ref} (не найдено)`,
    check: "Проверка утверждения",
    verdict: "Вердикт",
    verdictHint:
      "Оценивайте слова так, как они написаны: «неточно» — верно по сути, но с ошибкой в дате, числе или слове",
    noCheck: "Без проверки",
    note: "Что известно по источникам",
    noteHint: "И чем это отличается от утверждения",
    sources: "Источники",
    sourcesHint: "Нужен хотя бы один для любого вердикта, кроме «непроверяемо»",
    removeExcerpt: (id) => `Удалить цитату ${id}`,
  },

  studioEvents: {
    episodeHeading: "Эпизод",
    episodeFields: {
      id: "ID",
      title: "Название",
      label: "Подпись",
      summary: "Краткое описание",
    },
    episodeHints: {
      id: ID_HINT("prague-1968"),
      label: "Краткое указание места и времени, например «Чехословакия, 1968»",
    },
    fileProblems: "Проблемы файла в целом",
    caption: (episode, count) => `События эпизода «${episode}»: ${events(count)}`,
    keys: "Tab перемещает между ячейками; стрелки вверх и вниз — на строку выше или ниже, а Enter — на следующую строку, добавляя событие после последней. Строки, скопированные из электронной таблицы, заполняют ячейки начиная с той, в которую вы вставляете. Даты: ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTчч:мм.",
    readOnlyKeys:
      "Этот проект доступен только для чтения: скопируйте его, чтобы редактировать события.",
    columns: {
      id: "ID",
      date: "Дата",
      endDate: "Дата окончания",
      title: "Название",
      summary: "Описание",
      kind: "Тип",
      certainty: "Достоверность",
      place: "Место",
      sourceTitle: "Название источника",
      sourcePublisher: "Издатель источника",
      sourceUrl: "Адрес источника",
    },
    actions: "Действия",
    eventName: (position, title) =>
      title.trim() === ""
        ? `событие ${formatNumber(position)}`
        : `событие ${formatNumber(position)}, ${title.trim()}`,
    cell: (column, event) => `${column}: ${event}`,
    chooseKind: "Выберите тип",
    addEvent: "Добавить событие",
    noEvents: "Событий пока нет: добавьте первое.",
    moveUp: (event) => `Переместить вверх: ${event}`,
    moveDown: (event) => `Переместить вниз: ${event}`,
    remove: (event) => `Удалить: ${event}`,
    details: "Подробности",
    detailsOf: (event, count) =>
      count === 0 ? `Подробности: ${event}` : `Подробности: ${event} (${problems(count)})`,
    problemsInDetails: (count) => problems(count),
    detailsHeading: (event) => `Подробности: ${event}`,
    otherProblems: "Проблемы этого события",
    significance: "Значимость",
    noSignificance: "Не указана",
    significanceChoice: (value) =>
      value === 1 ? "1 (незначительная)" : value === 5 ? "5 (ключевая)" : formatNumber(value),
    certaintyNote: "Примечание о достоверности",
    certaintyNoteHint:
      "Что неясно или оспаривается; обязательно, если достоверность не «подтверждено»",
    people: "Участники",
    peopleHint: "Люди, партии, государства или силы, участвовавшие в событии",
    person: (position) => `Участник ${formatNumber(position)}`,
    addPerson: "Добавить участника",
    removePerson: (position) => `Удалить участника ${formatNumber(position)}`,
    figures: "Показатели",
    figure: (position) => `Показатель ${formatNumber(position)}`,
    figureLabel: "Что подсчитано",
    figureFrom: "Число или минимум",
    figureTo: "Максимум (для диапазона)",
    figureValueHint: "Только цифры, например 250000; для одного числа оставьте максимум пустым",
    figureUnit: "Единица",
    figureNote: "Примечание",
    addFigure: "Добавить показатель",
    removeFigure: (position) => `Удалить показатель ${formatNumber(position)}`,
    sources: "Источники",
    figureSources: (position) => `Источники показателя ${formatNumber(position)}`,
    source: (position) => `Источник ${formatNumber(position)}`,
    sourceTitle: "Название",
    sourcePublisher: "Издатель",
    sourceUrl: "Адрес",
    sourceLocator: "Место в источнике",
    addSource: "Добавить источник",
    removeSource: (position) => `Удалить источник ${formatNumber(position)}`,
  },

  studioLessons: {
    heading: "Уроки",
    intro:
      "Урок проводит класс по коллекции этап за этапом. Настройте шкалу рядом с редактором так, как её должен увидеть класс, затем добавьте из неё этап.",
    noLessons: "Уроков пока нет.",
    newLesson: "Новый урок",
    id: "ID",
    idHint: ID_HINT("testing-an-analogy"),
    title: "Название",
    summary: "Краткое описание",
    summaryHint: "Что будет делать класс — в одном-двух предложениях",
    addLesson: "Добавить урок",
    lessonHeading: (title) => `Урок: ${title}`,
    removeLesson: (title) => `Удалить урок «${title}»`,
    stops: "Этапы",
    noStops: "Этапов пока нет: в уроке нужен хотя бы один.",
    stopHeading: (index, title) => `Этап ${formatNumber(index + 1)}: ${title}`,
    stopId: "ID этапа",
    stopIdHint: "Если оставить пустым, он будет создан из названия",
    stopTitle: "Название",
    stopText: "Текст",
    stopTextHint:
      "Несколько коротких предложений, каждое из которых подкреплено событиями из поля «Основания»",
    question: "Вопрос",
    questionHint: "Для обсуждения в классе",
    evidence: "Основания",
    evidenceHint:
      "События, подтверждающие каждое положение текста: хотя бы одно; удерживайте Ctrl или Cmd, чтобы выбрать несколько",
    unknownEvent: (ref) => `${ref} (не найдено)`,
    passage: "Выбранный фрагмент",
    passageHint: "Фрагмент статьи, который показывается на этом этапе вместо события",
    noPassage: "Нет",
    view: "Что показывает шкала",
    viewTerms: {
      mode: "Режим",
      role: "Выравнивание по",
      window: "Показанные дни",
      selected: "Выбрано",
    },
    modes: MODES,
    defaultRole: "Роль коллекции по умолчанию",
    window: (from, to) => `Дни от ${signed(from)} до ${signed(to)} относительно дня 0`,
    selectedEvent: (title) => `Событие: ${title}`,
    selectedPassage: (quote) => `Фрагмент: «${quote}»`,
    nothingSelected: "Ничего",
    useCurrentView: "Взять текущий вид шкалы",
    moveUp: (index) => `Переместить этап ${formatNumber(index + 1)} вверх`,
    moveDown: (index) => `Переместить этап ${formatNumber(index + 1)} вниз`,
    removeStop: (index) => `Удалить этап ${formatNumber(index + 1)}`,
    newStop: "Новый этап",
    newStopHint:
      "Этап сохраняет то, что сейчас показывает шкала рядом с редактором: режим, роль, показанные дни и выделение.",
    addStop: "Добавить этап из текущего вида шкалы",
  },

  studioSources: STUDIO_SOURCES,

  table: {
    heading: "Таблица событий",
    intro:
      "Все события коллекции в виде таблицы — текстовый аналог шкалы. Показываются те же типы и эпизоды, что и на шкале; событие, выбранное здесь, выбирается и там.",
    search: "Поиск событий",
    searchHint: "Слова из названия, описания, места, участников или источников",
    caption: (shown, total) =>
      shown === total
        ? `Все события (${formatNumber(total)})`
        : `Показано ${formatNumber(shown)} из ${formatNumber(total)} ${forms(total, "события", "событий", "событий", "события")}`,
    columns: {
      episode: "Эпизод",
      date: "Дата",
      title: "Событие",
      kind: "Тип",
      certainty: "Достоверность",
      sources: "Источники",
    },
    sortBy: (column) => `Сортировать по столбцу «${column}»`,
    showOnTimeline: "Показать на шкале",
    noRows:
      "Нет подходящих событий. Покажите больше типов или эпизодов либо измените слова для поиска.",
  },

  theme: {
    label: "Тема",
    options: { system: "Системная", light: "Светлая", dark: "Тёмная" },
  },

  timeline: {
    details: {
      label: "Сведения о событии",
      nothingSelected:
        "Выберите событие на шкале, чтобы прочитать сведения о нём, его источники и сравнение с другими эпизодами.",
      loading: "Загрузка события…",
      close: "Закрыть",
      actors: "Участники:",
      role: (role) => `Аналогия: ${role}`,
      noMatch: (episode, note) =>
        `${episode}: ни одно событие не играет эту роль${note ? `. ${note}` : "."}`,
      match: (episode, title, date) => `${episode}: ${title}, ${date}`,
      alike: "Сходство",
      differs: "Различия",
      inArticle: "В статье",
      quote: (text) => `«${text}»`,
      passageSource: (article, verdict) =>
        verdict ? `${article} · проверка: ${verdict.toLowerCase()}` : article,
      showInArticle: "Показать в статье",
    },
    markName: (title, date, kind, certainty) =>
      [title, date, kind.toLowerCase(), certainty?.toLowerCase()].filter(Boolean).join(", "),
    roles: "Аналогии: наведите указатель, чтобы выделить, выберите, чтобы выровнять шкалу",
    passageSelected: (quote) => `Выбран фрагмент: «${quote}».`,
    eventSelected: (title, date, episode) => `Выбрано: ${title}, ${date}, ${episode}.`,
    heading: "Сравнительная временная шкала",
    skipLinks: {
      label: "Перейти к",
      details: "Перейти к сведениям о событии",
      article: "Перейти к статье",
    },
    controls: {
      timeAxis: "Ось времени",
      modes: MODES,
      modeHints: {
        aligned: "Дни до и после выбранного момента во всех эпизодах",
        calendar: "Каждый эпизод в своём календаре",
        sequence: "События по порядку, сходные моменты в одном столбце",
      },
      dayZero: "День 0 —",
      dayZeroOnlyAligned: "От дня 0 ведёт отсчёт только режим выравнивания",
      zoom: "Масштаб",
      zoomIn: "Увеличить",
      zoomOut: "Уменьшить",
      fitAll: "Показать всё",
    },
    chart: {
      label: (mode) =>
        `Временная шкала: ${mode === "aligned" ? "выравнивание по роли аналогии" : mode === "calendar" ? "каждый эпизод в своём календаре" : "события по порядку"}. Для перехода между событиями используйте клавиши со стрелками, для выбора — Enter.`,
      noEventInRole: (note) => ` — ни одно событие не играет эту роль${note ? `: ${note}` : ""}`,
      dayZeroBand: (lane, period) =>
        `${lane}: день 0 приходится на ${period} (точный день неизвестен)`,
      cluster: (n) => `+${formatNumber(n)}`,
      clusterLabel: (count) => `Здесь ещё ${events(count)}: открыть список`,
      wheelHint: "Щёлкните шкалу или удерживайте Ctrl, чтобы масштабировать колесом мыши",
      allEpisodesHidden: "Все эпизоды скрыты.",
      showAllEpisodes: "Показать все эпизоды",
    },
  },

  kinds: {
    trigger: "Повод",
    protest: "Протест",
    reform: "Реформа",
    declaration: "Заявление",
    negotiation: "Переговоры",
    "request-for-intervention": "Просьба о вмешательстве",
    intervention: "Вмешательство",
    withdrawal: "Вывод войск",
    crackdown: "Подавление",
    "leadership-change": "Смена руководства",
    casualties: "Жертвы",
    aftermath: "Последствия",
    "international-reaction": "Международная реакция",
  },

  certainty: {
    confirmed: "Подтверждено",
    approximate: "Приблизительно",
    disputed: "Спорно",
  },

  verdicts: {
    consistent: "Верно",
    imprecise: "Неточно",
    contradicted: "Опровергнуто",
    unverifiable: "Непроверяемо",
  },
};
