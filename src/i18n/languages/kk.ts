import type { Catalog } from "../catalog";
import { formatList, formatNumber } from "../locale";
import type { StudioSourceText } from "../studioSources";

const MINUS = "\u2212";

/** "+1 000", "−3" with a true minus sign, or "0". */
const signed = (value: number) =>
  value === 0 ? "0" : `${value < 0 ? MINUS : "+"}${formatNumber(Math.abs(value))}`;

/** An ordinal before its noun: "3-аялдама". */
const nth = (position: number, noun: string) => `${formatNumber(position)}-${noun}`;

/** Beyond this many files, the rest are counted rather than named. */
const NAMED_FILES = 3;

/** The fields of a source, wherever the Studio edits a list of sources. */
const SOURCES: StudioSourceText = {
  source: (index) => nth(index + 1, "дереккөз"),
  sourceTitle: "Атауы",
  sourcePublisher: "Баспагер",
  sourceUrl: "Веб-мекенжай",
  sourceLocator: "Дереккөздегі орны",
  addSource: "Дереккөз қосу",
  removeSource: (index) => `${nth(index + 1, "дереккөзді")} жою`,
};

const ID_HINT = "Дефиспен жалғанған кіші латын әріптері мен цифрлар, мысалы";
const CHOOSE_SEVERAL = "бірнешеуін таңдау үшін Ctrl не Cmd пернесін басып тұрыңыз";

/** The interface in Kazakh (Cyrillic). */
export const KK: Catalog = {
  app: {
    brand: "Echoes",
    heading: "Тарихи эпизодтарды қатар салыстыру",
    pageTitle: "Echoes: тарихи эпизодтарды қатар салыстыру",
    skipToTable: "Оқиғалар кестесіне өту",
    views: "Көріністер",
    pages: {
      timeline: "Уақыт шкаласы",
      matrix: "Аналогия матрицасы",
      table: "Оқиғалар кестесі",
      corrections: "Түзетулер",
      studio: "Өзіңіз жасаңыз",
    },
    pagesShort: {
      timeline: "Шкала",
      matrix: "Матрица",
      table: "Кесте",
      corrections: "Түзету",
      studio: "Жасау",
    },
    loadingView: "Жүктелуде…",
    article: "Мақала",
    allEvents: (count) => `Барлық оқиға, эпизодтар бойынша (${formatNumber(count)})`,
    episodeEvents: (episode) => `${episode}: оқиғалар күн ретімен`,
    openFiles: {
      open: "Өз файлдарыңызды ашу…",
      hint: "немесе оларды бетке сүйреп әкеліңіз: файлдарымен бірге жинақ немесе JSON не CSV түріндегі эпизодтар",
      backToCurated: "Іріктелген жинаққа оралу",
      tooLarge: (files, megabytes) =>
        `${files.join(", ")}: Echoes оқи алатын ең үлкен көлемнен (${formatNumber(megabytes, "megabyte")}) асады`,
      source: (files) => `сіздің файлдарыңыз (${files.join(", ")})`,
    },
    dropHere: "Ашу үшін файлдарыңызды осында тастаңыз",
    dropHint:
      "Файлдарымен бірге жинақ немесе JSON не CSV түріндегі эпизодтар. Ешнәрсе осы компьютерден шықпайды.",
  },

  article: {
    heading: "Мақала",
    picker: "Мақала",
    sourceLine: (author, publisher, date) =>
      [
        author ? `Авторы: ${author}` : undefined,
        publisher ?? "Басылымы белгісіз",
        date ?? "Күні белгісіз",
      ]
        .filter(Boolean)
        .join(" · "),
    original: "Түпнұсқасын оқу",
    claimsOnly: (count) => `Тек тексерілген тұжырымдарды көрсету (${formatNumber(count)})`,
    passage: (text, links) =>
      `«${text}», ${
        links.length > 0
          ? `байланысты оқиғалар: ${links.map(({ event, episode }) => `${event} (${episode})`).join("; ")}`
          : "байланысты оқиғасы жоқ тұжырым"
      }`,
    verdictButton: (verdict, open) =>
      `${verdict}: тұжырымның тексеруін ${open ? "жасыру" : "көрсету"}`,
    checked: (verdict) => `Тексеру қорытындысы: ${verdict.toLowerCase()}.`,
    sources: "Дереккөздер:",
  },

  axis: {
    day: (days) => `күн ${signed(days)}`,
    hours: (hours) => `${signed(hours)} сағ`,
    weeks: (weeks) => `${signed(weeks)} апта`,
    months: (months) => `${signed(months)} ай`,
    years: (years) => `${signed(years)} жыл`,
    step: (step) => `қадам ${formatNumber(step)}`,
    dayZeroCaption:
      "0-күн — әр жолақтың тірек оқиғасы басталған сәт: дереккөздерде сағаты көрсетілсе, сол сағат, әйтпесе сол күннің басы. Сағаттар мен күндер осы сәттен бастап саналады.",
  },

  clusterList: {
    label: (count) => `Осында біріктірілген ${formatNumber(count)} оқиға`,
    separate: "Ажырату үшін үлкейту",
    close: "Жабу",
  },

  corrections: {
    heading: "Түзетулер",
    intro:
      "Бұл жинақта бұрын қате айтылған жайттар, қазір не айтылатыны және өзгерістің дереккөздері, ең жаңасы басында. Қазіргі күйін көру үшін оқиғаны немесе үзіндіні таңдаңыз.",
    empty: "Бұл жинақта ешнәрсе түзетілмеген.",
    wrong: "Бұрын айтылғаны",
    now: "Қазір айтылғаны",
    sources: "Дереккөздер",
    events: "Оқиғалар",
    passages: "Мақала үзінділері",
    roles: "Аналогия рөлдері",
    event: (episode, title, date) => `${episode}: ${title} (${date})`,
    passage: (quote, article) => `«${quote}» (${article})`,
    corrected: (date) => `Түзетілді: ${date}`,
    correctedLink: (date) => `Түзетілді: ${date}. Түзетуді оқу`,
  },

  embed: {
    heading: "Echoes",
    attribution: "Echoes: тарихи эпизодтар қатар салыстырылады, әр оқиға дереккөздерімен.",
    openInEchoes: "Echoes қолданбасында ашу",
    panes: { label: "Уақыт шкаласы не мақала", timeline: "Уақыт шкаласы", article: "Мақала" },
  },

  embedDialog: {
    heading: "Бұл көріністі ендіру",
    width: "Бағанаңыздың ені, пиксельмен (алдын ала қарау үшін)",
    height: "Биіктігі, пиксельмен",
    compact: "Ықшам, мақала бағанасы үшін",
    showArticle: "Мақаланы көрсету",
    theme: "Безендіру",
    themes: { "": "Оқырманның баптауы бойынша", light: "Ашық", dark: "Қараңғы" },
    language: "Тіл",
    readersLanguage: "Әр оқырманның браузер тілі",
    about: {
      heading: "Осы өлшемде",
      alone: (width) =>
        `Ені ${width} px болғанда уақыт шкаласы толық енді алады; таңдалған оқиғаның мәліметтері диаграмманың үстінен ашылады.`,
      switched: (width) =>
        `Ені ${width} px болғанда мақала диаграмманың үстіндегі «Уақыт шкаласы / Мақала» ауыстырғышымен ашылады; үзінді таңдалғанда оқиғалары белгіленген уақыт шкаласына қайта ауысады.`,
      beside: (width) =>
        `Ені ${width} px болғанда мақала уақыт шкаласының жанында тұрады және бөлек айналдырылады; таңдалған оқиғаның мәліметтері диаграмманың үстінен ашылады.`,
      compact:
        "Ықшам: уақыт осі, 0-күн және масштаб бір жолда, «Сілтемені көшіру» мен «Жүктеп алу» түймелерінсіз; диаграмманың астындағы «Echoes қолданбасында ашу» толық қолданбаға апарады.",
      short: (height) =>
        `Биіктігі ${height} px болғанда басқару элементтері бір-екі жолға қысқарады, «Сілтемені көшіру» мен «Жүктеп алу» түймелерінсіз.`,
      full: "«Сілтемені көшіру» мен «Жүктеп алу» түймелері басқару элементтерінің астында.",
      roomy: (height, fromWidth) =>
        `Биіктігі ${height} px болғанда, ені ${fromWidth} px не одан кең бағанада диаграмманың барлық әдеттегі жолдары көрінеді, фрейм ішінде айналдыру жолағы болмайды.`,
      cramped: (height) =>
        `Биіктігі ${height} px болғанда диаграмма сыю үшін әр жолақта азырақ жол көрсетеді (+N көбейеді); скрипт болса, фрейм барлық жол көрінгенше ұлғаяды.`,
      narrowColumn: (fromWidth) =>
        `Ені ${fromWidth} px жетпейтін бағанада басқару элементтері тағы бір жол алуы мүмкін: скрипт болса, фрейм сыятындай ұлғаяды; скрипт болмаса, диаграмма жолдарын азайтады.`,
    },
    code: "Бетіңізге арналған код",
    copy: "Кодты көшіру",
    copied: "Код көшірілді",
    close: "Жабу",
    note: "Скрипт болса, фрейм мазмұнына қажет биіктікті алады; жоғарыдағы биіктік — бастапқы биіктік, скрипт болмаса, сол күйінде қалады.",
    preview: "Ендірменің алдын ала көрінісі",
    frameTitle: (title) => `Echoes: ${title}`,
  },

  event: {
    localTime: "жергілікті уақыт",
    certaintyNote: (certainty) => `${certainty}:`,
    sources: "Дереккөздер",
    opensInNewTab: "\u00a0(жаңа қойындыда ашылады)",
  },

  filters: {
    kinds: "Оқиға түрлері",
    episodes: "Эпизодтар",
    moveUp: (episode) => `Жоғары жылжыту: ${episode}`,
    moveDown: (episode) => `Төмен жылжыту: ${episode}`,
  },

  image: {
    modes: {
      aligned: "Алдындағы және кейінгі күндер",
      calendar: "Әр эпизод өз күнтізбесінде",
      sequence: "Оқиғалар ретімен",
    },
    alignedOn: (role) => `0-күнге («${role.toLowerCase()}») дейінгі және кейінгі күндер`,
    sources: (publishers) => `Көрсетілген оқиғалардың дереккөздері: ${publishers.join("; ")}.`,
    madeWith: (origin) => `Echoes арқылы жасалған: ${origin}`,
    cannotDraw: "Бұл браузер суретті сала алмайды.",
    noPng: "PNG жасалмады.",
  },

  language: {
    label: "Тіл",
    contentIn: (language) => `Бұл жинақтың тілі: ${language}.`,
  },

  lesson: {
    presenter: "Сабақ",
    progress: (stop, count) => `Аялдама ${formatNumber(stop)} / ${formatNumber(count)}`,
    previous: "Алдыңғы",
    next: "Келесі",
    fullScreen: "Толық экран",
    leaveFullScreen: "Толық экраннан шығу",
    exit: "Сабақты аяқтау",
    discuss: "Талқылау",
    articleSays: "Мақалада айтылғаны",
    evidence: (count) =>
      count === 1
        ? "Осы аялдаманың негізіндегі оқиға және оның дереккөздері"
        : `Осы аялдаманың негізіндегі ${formatNumber(count)} оқиға және олардың дереккөздері`,
    keys: "Аялдамалар арасында көрсеткі пернелері, Page Up және Page Down (презентация пульті) арқылы жүруге болады.",
    finished: "Бұл — соңғы аялдама.",
    adjustView: "Көріністі баптау",
    showDetails: (title) => `Толығырақ: ${title}`,
    hideDetails: "Мәліметтерді жасыру",
  },

  lessonLauncher: {
    heading: "Сабақтар",
    present: (title) => `Сабақты көрсету: «${title}»`,
    presentShort: "Сабақты көрсету",
    presentTitle: (title) => `: «${title}»`,
    print: "Үлестірмені басып шығару…",
    printLabel: (title) => `Үлестірмені басып шығару… — «${title}»`,
    stops: (count) => `${formatNumber(count)} аялдама`,
  },

  link: {
    mode: (shown) => `уақыт осі ${shown} белгісіз (күтілгені: aligned, calendar не sequence)`,
    role: (shown) => `аналогия рөлі ${shown} бұл жинақта жоқ`,
    kind: (shown) => `${shown} — оқиға түрі емес`,
    episode: (shown) => `эпизод ${shown} бұл жинақта жоқ`,
    passage: (shown) => `мақала үзіндісі ${shown} бұл жинақта жоқ`,
    event: (shown) => `оқиға ${shown} бұл жинақта жоқ`,
    view: (shown) =>
      `көрініс ${shown} белгісіз (күтілгені: timeline, matrix, table, corrections не studio)`,
    lesson: (shown) => `сабақ ${shown} бұл жинақта жоқ`,
    stop: (shown, stops) =>
      `сабақта ${shown} нөмірлі аялдама жоқ (күтілгені: 1–${formatNumber(stops)}), сондықтан ол біріншісінен басталады`,
    zoom: (shown) =>
      `масштаб ${shown} жарамсыз (күтілгені: коэффициент пен ығысу, мысалы «2,-0.5»)`,
    zoomBeyond: (shown, expected) =>
      `масштаб ${shown} диаграмма рұқсат ететін шектен тыс (күтілгені: ${expected})`,
    language: (shown, expected) =>
      `${shown} — Echoes қолдамайтын тіл (күтілгені: ${expected}), сондықтан бет браузер тілінде`,
  },

  matrix: {
    heading: "Аналогия: рөл бойынша",
    intro:
      "Әр жол — оқиғалардың салыстырудағы бір рөлі; әр баған — бір эпизод. Соңғы екі бағанда сол жолдағы ұқсастық пен айырмашылық көрсетілген. Оқиғаны уақыт шкаласында өз жолы бойынша тураланған күйде көру үшін оны таңдаңыз.",
    caption: "Аналогия матрицасы: жолдарда — рөлдер, бағандарда — эпизодтар",
    role: "Рөл",
    alike: "Ұқсастығы",
    differs: "Айырмашылығы",
    nothingAlike: "Ұқсастық жазылмаған.",
    notInRole: "Бұл рөлге оқиға жазылмаған.",
    showEvent: (title, episode) => `${title} (${episode}): уақыт шкаласында көрсету`,
  },

  newVersion: {
    ready: "Echoes жаңа нұсқасы дайын.",
    reload: "Қолдану үшін қайта жүктеңіз",
  },

  notices: {
    failed: "Бұл жинақты жүктеу мүмкін болмады",
    triedToLoad: ["Echoes мына мекенжайды жүктемек болды:", "және мынаны тапты:"],
    validateHint: [
      "Егер сіз автор болсаңыз,",
      "npm run validate",
      "пәрмені дәл осы мәселелерді пәрмен жолында тізіп береді.",
    ],
    openCurated: "Оның орнына іріктелген жинақты ашу",
    partlyLoaded: (problems) =>
      `Бұл жинақтың бір бөлігін жүктеу мүмкін болмады (${formatNumber(problems)} мәселе)`,
    restShown: "Қалғанының бәрі көрсетілді. Файлдарды көрсетілген жерлерде түзету қажет:",
    notes: (count) =>
      `Бұл жинақты оқу туралы ${count === 1 ? "ескертпе" : `${formatNumber(count)} ескертпе`}`,
    allShown: "Бәрі көрсетілді; білген жөн:",
    leftOut: (what) => `Алынып тасталды: ${what}.`,
    linkNotRestored: "Осы сілтемедегі көріністің бір бөлігін қалпына келтіру мүмкін болмады",
    nearestView: "Оның орнына ең жақын көрініс көрсетілді:",
    dismiss: "Жабу",
  },

  origin: {
    from: "Алынған жері:",
    files: (names) =>
      names.length === 1
        ? `сіздің ${names[0]} файлыңыз`
        : names.length <= NAMED_FILES
          ? `сіздің ${formatList(names)} файлдарыңыз`
          : `сіздің ${formatList([...names.slice(0, NAMED_FILES), `тағы ${formatNumber(names.length - NAMED_FILES)}`])} файлдарыңыз`,
    onThisSite: "(осы сайтта)",
    notCurated: "Echoes іріктеген жинақ емес",
  },

  overview: {
    title:
      "Барлық оқиғаға шолу, оқиға көп жерде биігірек; көрінетін аумақты жылжыту үшін басыңыз не сүйреңіз",
    window: "Уақыт шкаласының көрінетін бөлігі",
    position: (shownPercent, centrePercent) =>
      `Уақыт шкаласының ${formatNumber(shownPercent, "percent")} бөлігі көрсетілген, ортасы — ${formatNumber(centrePercent, "percent")}`,
    laneRange: (episode, from, to) =>
      from === to ? `${episode}: ${from}` : `${episode}: ${from} – ${to}`,
  },

  emptyView: {
    message: "Бұл уақыт аралығында оқиға жоқ.",
    showNearest: "Ең жақын оқиғаларға өту",
    fitAll: "Барлық оқиғаны көрсету",
  },

  print: {
    caption: (count) => `Көрсетілген оқиғалар (${formatNumber(count)}) және олардың дереккөздері`,
    columns: { episode: "Эпизод", date: "Күні", event: "Оқиға", sources: "Дереккөздер" },
    kind: (kind) => `(түрі: ${kind.toLowerCase()})`,
    source: (title, publisher, locator, site) =>
      `${title}. ${publisher}${locator ? `, ${locator}` : ""}${site ? ` (${site})` : ""}`,
    titleAndSite: (title, site) => (site ? `${title} (${site})` : title),
    modes: {
      aligned: "0-күнге дейінгі және кейінгі күндер",
      calendar: "Әр эпизод өз күнтізбесінде",
      sequence: "Оқиғалар ретімен",
    },
    alignedOn: (role) => `0-күнге («${role.toLowerCase()}») дейінгі және кейінгі күндер`,
    chartLabel: (view) => `Уақыт шкаласы: ${view}`,
    folded: (episode, count) =>
      `${episode}: көрсетілген аралықтағы тағы ${formatNumber(count)} оқиға орын жетпегендіктен салынбады`,
    foldedCounts: (lanes) =>
      `Көрсетілген аралықта, бірақ орын жетпегендіктен салынбағандары: ${lanes
        .map(([episode, count]) => `${episode}, ${formatNumber(count)} оқиға`)
        .join("; ")}.`,
    lesson: {
      dialogTitle: (lesson) => `Басып шығару: «${lesson}»`,
      classHandout: "Сыныпқа арналған үлестірмені басып шығару",
      classHandoutHelp: (stops) =>
        `Әр оқушыға: ${formatNumber(stops)} аялдама, әрқайсысында уақыт шкаласы, оның негізіндегі оқиғалар дереккөздерімен және жауап жазуға орны бар сұрақ.`,
      teacherSheet: "Мұғалім парағын басып шығару",
      teacherSheetHelp: (claims) =>
        `Мұғалімге: мақаладағы тексерілген ${formatNumber(claims)} тұжырым, әрқайсысының қорытындысы, дереккөздерде не айтылғаны және дереккөздердің өзі.`,
      close: "Жабу",
    },
    handout: {
      title: (lesson) => `Сабақ: ${lesson}`,
      name: "Аты-жөні:",
      stop: (stop, count, title) =>
        `Аялдама ${formatNumber(stop)} / ${formatNumber(count)}: ${title}`,
      articleSays: "Мақалада айтылғаны:",
      evidence: "Осы аялдаманың негізіндегі оқиғалар",
      otherSources: (count) => `(және тағы ${formatNumber(count)} дереккөз)`,
      question: "Сұрақ",
    },
    sheet: {
      title: (lesson) => `Мұғалім парағы: ${lesson}`,
      intro:
        "Мақаладағы тұжырымдар сөзбе-сөз келтірілген, әрқайсысының жанында дереккөздермен салыстыра тексерудің қорытындысы, дереккөздерде не айтылғаны және дереккөздердің өзі.",
      claims: (article) => `Тексерілген тұжырымдар: «${article}»`,
      columns: {
        claim: "Тұжырым",
        verdict: "Қорытынды",
        check: "Дереккөздерде айтылғаны",
        sources: "Дереккөздер",
      },
      paragraph: (place) => (typeof place === "number" ? nth(place + 1, "абзац") : "тақырып"),
      noSources: "Дереккөз табылмады.",
    },
  },

  share: {
    copyLink: "Сілтемені көшіру",
    linkCopied: "Осы көрініске сілтеме көшірілді",
    copyByHand: "Мына сілтемені көшіріңіз:",
    embed: "Ендіру…",
    downloadSvg: "SVG жүктеп алу",
    downloadPng: "PNG жүктеп алу",
    exportFailed: (reason) => `Суретті жасау мүмкін болмады: ${reason}`,
    shareMenu: "Бөлісу",
    phoneMenu: "Мәзір",
    print: "Уақыт шкаласын басып шығару",
    sections: { view: "Көрініс", share: "Бөлісу және сақтау", more: "Тағы" },
    loading: "Жүктелуде…",
  },

  statement: {
    evidence: "Дәлелдер:",
    episode: (label) => `(${label})`,
  },

  status: {
    loadingCollection: "Жинақ жүктелуде…",
    offline: "Сіз желіден тыссыз. Echoes осы құрылғыда сақталған көшірмені көрсетіп тұр.",
    failed: (part) => `Көрсету мүмкін болмады: ${part}.`,
    tryAgain: "Қайталау",
    reload: "Бетті қайта жүктеу",
    startAgain: "Әдепкі көріністен қайта бастау",
  },

  studio: {
    heading: "Студия: өз салыстыруыңызды жасаңыз",
    intro:
      "Өз салыстыруыңызды құрастырыңыз: эпизодтар мен олардың оқиғалары, оларды қатарластыратын сәттер, мақала және оның тексерілген тұжырымдары, сыныпты соның бойымен жетелейтін сабақ. Әр өзгеріс іріктелген жинақ сияқты тексеріледі, ал редактордың жанындағы уақыт шкаласы оны бірден көрсетеді.",
    privacy:
      "Жобаларыңыз тек осы браузерде сақталады, жұмыс барысында өздігінен сақталып отырады; ешнәрсе ешқайда жүктелмейді.",
    start: {
      heading: "Жоба бастау",
      name: "Жоба атауы",
      defaultName: "Менің салыстыруым",
      blank: "Нөлден бастау",
      blankHint: "Бос жинақ: салыстырғыңыз келетін эпизодтарды қосыңыз.",
      copy: "Осы жинақты көшіру",
      copyHint: "Сіз оқып отырған жинақ — кеңейту не өзгерту үшін; түпнұсқасы өзгеріссіз қалады.",
      copyName: (title) => `${title} (көшірме)`,
      files: "Файлдарды ашу…",
      filesHint:
        "Жинақ файлдары (эпизодтары, мақалалары мен сабақтары бар collection.json), олардың zip мұрағаты немесе бір эпизодтың электрондық кестесі (CSV); не оларды осында тастаңыз.",
      loading: "Ашылуда…",
      failed: (message) => `Жобаны бастау мүмкін болмады: ${message}`,
    },
    projects: {
      heading: "Осы браузердегі жобаларыңыз",
      none: "Әзірге жоқ.",
      open: (name) => `Ашу: ${name}`,
      remove: (name) => `Жою: ${name}`,
      confirmRemove: (name) =>
        `«${name}» жобасын осы браузерден жою керек пе? Бұл әрекетті болдырмау мүмкін емес.`,
      updated: (when) => `сақталды: ${when}`,
      readOnly: "сізбен бөлісілген, тек оқуға",
    },
    bar: {
      name: "Жоба",
      undo: "Болдырмау",
      redo: "Қайтару",
      allProjects: "Барлық жоба",
      saving: "Сақталуда…",
      saved: "Осы браузерде сақталды",
      saveFailed: (message) => `Сақталмады: ${message}`,
      readOnly:
        "Бұл салыстыру сізбен бөлісілген және тек оқу үшін ашылады. Өзгерту үшін көшірмесін жасаңыз; түпнұсқа жіберілген күйінде қалады.",
      copy: "Өңдеу үшін көшірме жасау",
      copyName: (name) => `${name} (менің көшірмем)`,
    },
    out: {
      heading: "Сыртқа шығару",
      zip: "Файлдарды жүктеп алу (zip)",
      csv: "Әр эпизодты CSV ретінде жүктеп алу",
      csvLeft: (file, fields) =>
        `${file}: электрондық кестеде мына өрістерге баған жоқ: ${fields}; zip оларды сақтайды.`,
      share: "Бөлісу сілтемесін жасау",
      shareLabel: "Бөлісу сілтемесі",
      copied: "Көшірілді",
      copyLink: "Сілтемені көшіру",
      addCsv: "Электрондық кестеден (CSV) эпизод қосу…",
      addCsvHint:
        "Кестедегі эпизод бар эпизодтардың қасына қосылады, ешқайсысын алмастырмайды. Студияға тасталған кесте де қосылады.",
      dropOnlyCsv:
        "Ашық жобаға тек эпизодтардың электрондық кестелерін (CSV) тастауға болады; басқа файлдардан бастау үшін «Барлық жоба» бөлімінен жаңа жоба бастаңыз.",
    },
    sections: {
      label: "Жинақтың бөліктері",
      collection: "Жинақ",
      episodes: "Эпизодтар мен оқиғалар",
      roles: "Аналогиялар",
      article: "Мақала",
      lessons: "Сабақтар",
    },
    collection: {
      title: "Атауы",
      description: "Сипаттамасы",
      addEpisode: "Эпизод қосу",
      episodeId: "ID",
      episodeTitle: "Атауы",
      episodeLabel: "Қысқа белгі",
      episodeSummary: "Қысқаша мазмұны",
      addEpisodeFailed: (message) => `Эпизод қосылмады: ${message}`,
      language: "Мәтін тілі",
      languageHint:
        "BCP 47 тіл коды, мысалы «en», «hu», «cs», «ru» немесе «kk»: оқырмандардың экраннан оқу бағдарламалары жинақты осы тілде оқиды.",
    },
    checks: {
      heading: "Тексерулер",
      none: "Мәселе жоқ: жинақ жарамды және бөлісуге дайын.",
      count: (problems) =>
        `${formatNumber(problems)} мәселе, npm run validate қолданатын сөздермен; қате мән түзетілгенше терілген күйінде сақталады.`,
      started: "Файлдардан алынбаған деректер",
      checking: "Тексерілуде…",
      goTo: (field) => `Өту: ${field}`,
    },
    preview: {
      heading: "Уақыт шкаласы салынатын түрде",
      empty: "Эпизодта жарамды оқиға пайда болғанда уақыт шкаласы осында көрінеді.",
    },
    shared: {
      opened: "Бөлісілген салыстыру сілтеме арқылы ашылды.",
      failed: (message) => `Бөлісілген сілтемені ашу мүмкін болмады: ${message}`,
    },
  },

  studioAnalogy: {
    ...SOURCES,
    heading: "Аналогия рөлдері",
    intro:
      "Рөл эпизодтарды қатарластырады: әр эпизодта бірдей рөл атқаратын оқиғалар, ұқсастығы және салыстырудың қай жерде ақсайтыны.",
    newRole: "Жаңа рөл",
    id: "ID",
    idHint: `${ID_HINT} «troops-arrive»`,
    label: "Атауы",
    labelHint: "Оқырманға көрінетіні, мысалы: Әскер кіреді",
    description: "Мағынасы",
    descriptionHint: "Оқиға осы рөлді атқару үшін не істеуі керектігі туралы бір сөйлем",
    addRole: "Рөлді қосу",
    noRoles: "Әзірге рөл жоқ. Эпизодтарды соған қарай туралау үшін рөл қосыңыз.",
    noEpisodes: "Алдымен оқиғалары бар эпизод қосыңыз: әр рөл өзін атқаратын оқиғаларды атайды.",
    roleHeading: (label) => `Рөл: ${label}`,
    removeRole: (label) => `Рөлді жою: ${label}`,
    members: "Рөлді атқаратын оқиғалар",
    membersHint: "Әр эпизод үшін осы рөлді атқаратын оқиға не оқиғалар.",
    addMember: (episode) => `Оқиға қосу: ${episode}`,
    chooseEvent: "Оқиғаны таңдаңыз…",
    noMember: "Бұл рөлде әзірге жоқ.",
    removeEvent: (event, episode) => `Оқиғаны рөлден алып тастау: ${event} (${episode})`,
    removeMember: (episode) => `Эпизодты рөлден алып тастау: ${episode}`,
    anchor: "0-күн",
    anchorHint:
      "Уақыт шкаласы соған қарай туралайтын оқиға; ол болмаса, күні ең дәл көрсетілген оқиға",
    anchorNone: "Күні ең дәл көрсетілген оқиға",
    note: "Ескертпе",
    noteHint: "Рөлді ешбір оқиға атқармаса қажет: себебін жазыңыз",
    alike: "Ұқсастығы",
    alikeHint: "Эпизодтардың осы рөлдегі ортақ жағы.",
    differs: "Айырмашылығы",
    differsHint:
      "Салыстырудың ақсайтын жері: кемінде біреу. Қай жерде ақсайтынын айтпайтын салыстыру адастырады.",
    noStatements: "Әзірге жоқ.",
    statement: (list, index) => `${list}, ${nth(index + 1, "тармақ")}`,
    evidence: "Дәлелдер",
    evidenceHint: `Оны растайтын оқиғалар; ${CHOOSE_SEVERAL}`,
    newStatement: (list) => `Жаңа тармақ: ${list.toLowerCase()}`,
    addStatement: (list) => `«${list}» тізіміне қосу`,
    removeStatement: (list, index) => `«${list}» тізімінің ${nth(index + 1, "тармағын")} жою`,
    unknownEvent: (ref) => `${ref} (табылмады)`,
    sources: "Тармақтардың дереккөздері",
    sourcesHint: "Міндетті емес: оқырман ұқсастық пен айырмашылықты қайдан тексере алатыны",
  },

  studioArticle: {
    ...SOURCES,
    heading: "Мақалалар",
    intro:
      "Аналогия жүргізген мақала: оның сөзбе-сөз мәтіні және өзі айтатын оқиғаларға байланған үзінділері, әрқайсысында тұжырымды тексеру.",
    noArticles: "Әзірге мақала жоқ.",
    newArticle: "Жаңа мақала",
    id: "ID",
    idHint: `${ID_HINT} «eerie-echoes»`,
    title: "Тақырып",
    titleHint: "Жарияланған күйінде",
    publisher: "Басылым",
    author: "Автор",
    published: "Жарияланған күні",
    publishedHint: "Күні, мысалы 2022-01-07; тек дәлелдей алсаңыз",
    url: "Веб-мекенжай",
    urlHint: "https:// деп басталады; тек дәлелдей алсаңыз",
    editorialNote: "Редакция ескертпесі",
    editorialNoteHint:
      "Беттен не алынып тасталғаны, мысалы жарнама мен басқа материалдарға сілтемелер",
    text: "Мәтін, сөзбе-сөз",
    textHint: "Мақаланы қойыңыз: әр жол — бір абзац; бос жолдар алынып тасталады.",
    addArticle: "Мақаланы қосу",
    articleHeading: (title) => `Мақала: ${title}`,
    removeArticle: (title) => `Мақаланы жою: ${title}`,
    theText: "Мәтін",
    theTextHint:
      "Тақырыптағы не бір абзацтағы сөздерді белгілеңіз немесе оларды «Дәйексөз» өрісіне қойыңыз, содан кейін олардан үзінді жасаңыз.",
    headline: "Тақырып",
    paragraph: (index) => nth(index + 1, "абзац"),
    replaceText: "Мәтінді ауыстыру",
    replaceTextHint:
      "Әр жол — бір абзац. Үзінділер өз сөздерін сақтайды: сөздері абзацында енді жоқ үзінді белгіленеді.",
    applyText: "Осы мәтінді қолдану",
    selected: (quote) => `Белгіленгені: «${quote}»`,
    nothingSelected: "Мәтінде ештеңе белгіленбеген.",
    quote: "Дәйексөз",
    quoteHint: "Немесе дәл сөздерді осында қойыңыз: бас әріптері мен тыныс белгілері бірдей болсын",
    excerptId: "Үзінді ID",
    excerptIdHint: "Бос қалса, сөздерден жасалады",
    makeExcerpt: "Үзінді жасау",
    nothingChosen:
      "Алдымен мәтіндегі сөздерді белгілеңіз немесе оларды «Дәйексөз» өрісіне қойыңыз.",
    notFound: (quote) =>
      `«${quote}» тақырыпта да, ешбір абзацта да сөзбе-сөз кездеспейді: сөздері, бас әріптері мен тыныс белгілері дәл сондай болуы керек`,
    excerpts: "Үзінділер",
    noExcerpts: "Әзірге үзінді жоқ.",
    excerptHeading: (id) => `Үзінді: ${id}`,
    excerptPlace: (place) => `Орны: ${place}`,
    events: "Үзіндіде айтылатын оқиғалар",
    eventsHint: `Эпизодтар бойынша; ${CHOOSE_SEVERAL}`,
    unknownEvent: (ref) => `${ref} (табылмады)`,
    check: "Тұжырымды тексеру",
    verdict: "Қорытынды",
    verdictHint:
      "Сөздерді жазылған күйінде бағалаңыз: «дәл емес» — мәні дұрыс, бірақ күнде, санда не сөзде қатесі бар",
    noCheck: "Тексерілмеген",
    note: "Деректер не көрсетеді",
    noteHint: "Және оның тұжырымнан айырмашылығы",
    sources: "Дереккөздер",
    sourcesHint: "«Тексеруге келмейді» қорытындысынан басқасының бәріне кемінде біреуі қажет",
    removeExcerpt: (id) => `Үзіндіні жою: ${id}`,
  },

  studioEvents: {
    episodeHeading: "Эпизод",
    episodeFields: {
      id: "ID",
      title: "Атауы",
      label: "Белгі",
      summary: "Қысқаша мазмұны",
    },
    episodeHints: {
      id: `${ID_HINT} «prague-1968»`,
      label: "Қысқаша орны мен кезеңі, мысалы «Чехословакия, 1968»",
    },
    fileProblems: "Бүкіл файлдағы мәселелер",
    caption: (episode, count) => `${episode}: ${formatNumber(count)} оқиға`,
    keys: "Tab пернесі ұяшықтар арасында жылжытады; жоғары және төмен көрсеткілері үстіңгі не астыңғы жолға, Enter келесі жолға өткізеді, соңғы жолдан кейін жаңа оқиға қосады. Электрондық кестеден көшірілген жолдар сіз қойған ұяшықтан бастап толтырылады. Күндер: YYYY, YYYY-MM, YYYY-MM-DD не YYYY-MM-DDTHH:MM.",
    readOnlyKeys: "Бұл жоба тек оқуға арналған: оқиғаларын өңдеу үшін оның көшірмесін жасаңыз.",
    columns: {
      id: "ID",
      date: "Күні",
      endDate: "Аяқталу күні",
      title: "Атауы",
      summary: "Қысқаша мазмұны",
      kind: "Түрі",
      certainty: "Сенімділік",
      place: "Орны",
      sourceTitle: "Дереккөз атауы",
      sourcePublisher: "Дереккөз баспагері",
      sourceUrl: "Дереккөз мекенжайы",
    },
    actions: "Әрекеттер",
    eventName: (position, title) =>
      title.trim() === "" ? nth(position, "оқиға") : `${nth(position, "оқиға")}, ${title.trim()}`,
    cell: (column, event) => `${column}, ${event}`,
    chooseKind: "Түрін таңдаңыз",
    addEvent: "Оқиға қосу",
    noEvents: "Әзірге оқиға жоқ: біріншісін қосыңыз.",
    moveUp: (event) => `Жоғары жылжыту: ${event}`,
    moveDown: (event) => `Төмен жылжыту: ${event}`,
    remove: (event) => `Жою: ${event}`,
    details: "Толығырақ",
    detailsOf: (event, count) =>
      count === 0 ? `Толығырақ: ${event}` : `Толығырақ: ${event}; ${formatNumber(count)} мәселе`,
    problemsInDetails: (count) => `${formatNumber(count)} мәселе`,
    detailsHeading: (event) => `Толығырақ: ${event}`,
    otherProblems: "Осы оқиғаның мәселелері",
    significance: "Маңыздылығы",
    noSignificance: "Көрсетілмеген",
    significanceChoice: (value) =>
      value === 1 ? "1 (шамалы)" : value === 5 ? "5 (шешуші)" : formatNumber(value),
    certaintyNote: "Сенімділік туралы ескертпе",
    certaintyNoteHint: "Не белгісіз не даулы; сенімділік «расталған» болмаса, толтыру қажет",
    people: "Қатысушылар",
    peopleHint: "Қатысқан адамдар, партиялар, мемлекеттер не күштер",
    person: (position) => nth(position, "қатысушы"),
    addPerson: "Қатысушы қосу",
    removePerson: (position) => `${nth(position, "қатысушыны")} жою`,
    figures: "Көрсеткіштер",
    figure: (position) => nth(position, "көрсеткіш"),
    figureLabel: "Не саналады",
    figureFrom: "Сан не ең төменгісі",
    figureTo: "Ең жоғарысы, аралық үшін",
    figureValueHint: "Тек цифрлар, мысалы 250000; жалғыз сан үшін ең жоғарысын бос қалдырыңыз",
    figureUnit: "Өлшем бірлігі",
    figureNote: "Ескертпе",
    addFigure: "Көрсеткіш қосу",
    removeFigure: (position) => `${nth(position, "көрсеткішті")} жою`,
    sources: "Дереккөздер",
    figureSources: (position) => `${nth(position, "көрсеткіштің")} дереккөздері`,
    source: (position) => nth(position, "дереккөз"),
    sourceTitle: "Атауы",
    sourcePublisher: "Баспагер",
    sourceUrl: "Мекенжай",
    sourceLocator: "Дереккөздегі орны",
    addSource: "Дереккөз қосу",
    removeSource: (position) => `${nth(position, "дереккөзді")} жою`,
  },

  studioLessons: {
    heading: "Сабақтар",
    intro:
      "Сабақ сыныпты жинақ бойымен аялдамадан аялдамаға жетелейді. Редактордың жанындағы уақыт шкаласын сынып көруге тиіс күйге келтіріңіз, содан кейін одан аялдама қосыңыз.",
    noLessons: "Әзірге сабақ жоқ.",
    newLesson: "Жаңа сабақ",
    id: "ID",
    idHint: `${ID_HINT} «testing-an-analogy»`,
    title: "Атауы",
    summary: "Қысқаша мазмұны",
    summaryHint: "Сыныптың не істейтіні, бір-екі сөйлеммен",
    addLesson: "Сабақты қосу",
    lessonHeading: (title) => `Сабақ: ${title}`,
    removeLesson: (title) => `Сабақты жою: ${title}`,
    stops: "Аялдамалар",
    noStops: "Әзірге аялдама жоқ: сабаққа кемінде біреуі қажет.",
    stopHeading: (index, title) => `${nth(index + 1, "аялдама")}: ${title}`,
    stopId: "Аялдама ID",
    stopIdHint: "Бос қалса, атауынан жасалады",
    stopTitle: "Атауы",
    stopText: "Мәтін",
    stopTextHint: "Бірнеше қысқа сөйлем, әрқайсысы «Дәлелдер» бөліміндегі оқиғалармен расталған",
    question: "Сұрақ",
    questionHint: "Сыныпта талқылау үшін",
    evidence: "Дәлелдер",
    evidenceHint: `Мәтіндегі әр сөйлемді растайтын оқиғалар: кемінде біреу; ${CHOOSE_SEVERAL}`,
    unknownEvent: (ref) => `${ref} (табылмады)`,
    passage: "Таңдалған үзінді",
    passageHint: "Осы аялдамада оқиғаның орнына көрсетілетін мақала үзіндісі",
    noPassage: "Жоқ",
    view: "Уақыт шкаласында не көрсетіледі",
    viewTerms: {
      mode: "Режим",
      role: "Тураланатын рөл",
      window: "Көрсетілген күндер",
      selected: "Таңдалғаны",
    },
    modes: { aligned: "Тураланған", calendar: "Күнтізбе", sequence: "Реттілік" },
    defaultRole: "Жинақтың әдепкі рөлі",
    window: (from, to) => `0-күнге қатысты ${signed(from)} – ${signed(to)} күн`,
    selectedEvent: (title) => `Оқиға: ${title}`,
    selectedPassage: (quote) => `Үзінді: «${quote}»`,
    nothingSelected: "Ештеңе",
    useCurrentView: "Уақыт шкаласының қазіргі көрінісін қолдану",
    moveUp: (index) => `${nth(index + 1, "аялдаманы")} жоғары жылжыту`,
    moveDown: (index) => `${nth(index + 1, "аялдаманы")} төмен жылжыту`,
    removeStop: (index) => `${nth(index + 1, "аялдаманы")} жою`,
    newStop: "Жаңа аялдама",
    newStopHint:
      "Аялдама редактордың жанындағы уақыт шкаласының қазір көрсетіп тұрғанын сақтайды: режимін, рөлін, көрсетілген күндерін және таңдалғанын.",
    addStop: "Уақыт шкаласының қазіргі көрінісінен аялдама қосу",
  },

  studioSources: SOURCES,

  table: {
    heading: "Оқиғалар кестесі",
    intro:
      "Жинақтың барлық оқиғасы кесте түрінде: уақыт шкаласының мәтіндік баламасы. Көрсетілген түрлер мен эпизодтар уақыт шкаласындағымен бірдей; мұнда таңдалған оқиға онда да таңдалады.",
    search: "Оқиғаларды іздеу",
    searchHint:
      "Атауындағы, қысқаша мазмұнындағы, орнындағы, қатысушыларындағы не дереккөздеріндегі сөздер",
    caption: (shown, total) =>
      shown === total
        ? `Барлық ${formatNumber(total)} оқиға`
        : `${formatNumber(total)} оқиғадан көрсетілгені: ${formatNumber(shown)}`,
    columns: {
      episode: "Эпизод",
      date: "Күні",
      title: "Оқиға",
      kind: "Түрі",
      certainty: "Сенімділік",
      sources: "Дереккөздер",
    },
    sortBy: (column) => `Сұрыптау: ${column.toLowerCase()}`,
    showOnTimeline: "Уақыт шкаласында көрсету",
    noRows: "Сәйкес оқиға жоқ. Көбірек түр не эпизод көрсетіңіз немесе іздеу сөздерін өзгертіңіз.",
  },

  theme: {
    label: "Безендіру",
    options: { system: "Жүйелік", light: "Ашық", dark: "Қараңғы" },
  },

  timeline: {
    details: {
      label: "Оқиға мәліметтері",
      nothingSelected:
        "Мәліметтерін, дереккөздерін және салыстыруын оқу үшін уақыт шкаласынан оқиғаны таңдаңыз.",
      loading: "Оқиға жүктелуде…",
      close: "Жабу",
      actors: "Қатысушылар:",
      role: (role) => `Аналогия: ${role}`,
      noMatch: (episode, note) =>
        `${episode}: бұл рөлді ешбір оқиға атқармайды${note ? `. ${note}` : "."}`,
      match: (episode, title, date) => `${episode}: ${title} (${date})`,
      alike: "Ұқсастығы",
      differs: "Айырмашылығы",
      inArticle: "Мақалада",
      quote: (text) => `«${text}»`,
      passageSource: (article, verdict) =>
        verdict ? `${article} · Тексеру қорытындысы: ${verdict.toLowerCase()}` : article,
      showInArticle: "Мақалада көрсету",
    },
    markName: (title, date, kind, certainty) =>
      `${title}, ${date}, түрі: ${kind.toLowerCase()}${certainty ? `, ${certainty.toLowerCase()}` : ""}`,
    roles: "Аналогиялар: бөлектеу үшін меңзерді апарыңыз, соған туралау үшін таңдаңыз",
    passageSelected: (quote) => `Таңдалған үзінді: «${quote}».`,
    eventSelected: (title, date, episode) => `Таңдалды: ${title}, ${date}, ${episode}.`,
    heading: "Салыстырмалы уақыт шкаласы",
    skipLinks: {
      label: "Өту:",
      details: "Оқиға мәліметтеріне өту",
      article: "Мақалаға өту",
    },
    controls: {
      timeAxis: "Уақыт осі",
      modes: { aligned: "Тураланған", calendar: "Күнтізбе", sequence: "Реттілік" },
      modeHints: {
        aligned: "Әр эпизодта таңдалған сәтке дейінгі және кейінгі күндер",
        calendar: "Әр эпизод өз күнтізбесінде",
        sequence: "Оқиғалар ретімен, ұқсас сәттер бір бағанда",
      },
      dayZero: "0-күн:",
      dayZeroOnlyAligned: "Тек тураланған ось 0-күннен бастап санайды",
      zoom: "Масштаб",
      zoomIn: "Үлкейту",
      zoomOut: "Кішірейту",
      fitAll: "Бәрін сыйғызу",
    },
    chart: {
      label: (mode) =>
        `Уақыт шкаласы, ${mode === "aligned" ? "аналогия рөлі бойынша тураланған" : mode === "calendar" ? "әр эпизод өз күнтізбесінде" : "оқиғалар ретімен"}. Оқиғалар арасында жылжу үшін көрсеткі пернелерін, біреуін таңдау үшін Enter пернесін пайдаланыңыз.`,
      noEventInRole: (note) => ` — бұл рөлді ешбір оқиға атқармайды${note ? `: ${note}` : ""}`,
      dayZeroBand: (lane, period) => `${lane}: 0-күн — ${period} ішіндегі бір күн`,
      cluster: (count) => `+${formatNumber(count)}`,
      clusterLabel: (count) => `Мұнда тағы ${formatNumber(count)} оқиға бар: тізімді ашу`,
      wheelHint:
        "Дөңгелекпен масштабтау үшін уақыт шкаласын басыңыз немесе Ctrl пернесін басып тұрыңыз",
      allEpisodesHidden: "Барлық эпизод жасырылған.",
      showAllEpisodes: "Барлық эпизодты көрсету",
    },
  },

  kinds: {
    trigger: "Түрткі",
    protest: "Наразылық",
    reform: "Реформа",
    declaration: "Мәлімдеме",
    negotiation: "Келіссөз",
    "request-for-intervention": "Араласуды сұрау",
    intervention: "Араласу",
    withdrawal: "Әскер шығару",
    crackdown: "Күшпен басу",
    "leadership-change": "Басшылық ауысуы",
    casualties: "Құрбандар",
    aftermath: "Салдары",
    "international-reaction": "Халықаралық реакция",
  },

  certainty: {
    confirmed: "Расталған",
    approximate: "Шамамен",
    disputed: "Даулы",
  },

  verdicts: {
    consistent: "Сәйкес",
    imprecise: "Дәл емес",
    contradicted: "Теріске шығарылған",
    unverifiable: "Тексеруге келмейді",
  },
};
