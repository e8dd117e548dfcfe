import { HEADLINE } from "../../data/format/excerptPlace";
import type { Catalog } from "../catalog";
import { formatList, formatNumber, pluralCategory } from "../locale";
import type { StudioSourceText } from "../studioSources";

const MINUS = "\u2212";

/** "+1000", "−3" with a true minus sign, or "0". */
const signed = (value: number) =>
  value === 0 ? "0" : `${value < 0 ? MINUS : "+"}${formatNumber(Math.abs(value))}`;

/** "3 hiba": after a numeral the Hungarian noun stays singular. */
const problems = (count: number) => `${formatNumber(count)} hiba`;

/** An ordinal as Hungarian writes it with digits: "3." */
const nth = (value: number) => `${formatNumber(value)}.`;

/** Beyond this many files, the rest are counted rather than named. */
const NAMED_FILES = 3;

/** The date formats the Studio reads, as a Hungarian reader knows them. */
const DATE_FORMATS = "ÉÉÉÉ, ÉÉÉÉ-HH, ÉÉÉÉ-HH-NN vagy ÉÉÉÉ-HH-NNTóó:pp";

/** The fields of a source, wherever the Studio edits a list of sources. */
const STUDIO_SOURCES: StudioSourceText = {
  source: (index) => `${nth(index + 1)} forrás`,
  sourceTitle: "Cím",
  sourcePublisher: "Kiadó",
  sourceUrl: "Webcím",
  sourceLocator: "Hely a forráson belül",
  addSource: "Forrás hozzáadása",
  removeSource: (index) => `${nth(index + 1)} forrás eltávolítása`,
};

/** The interface in Hungarian. */
export const HU: Catalog = {
  app: {
    brand: "Echoes",
    heading: "Történelmi epizódok egymás mellett",
    pageTitle: "Echoes: történelmi epizódok egymás mellett",
    skipToTable: "Ugrás az eseménytáblázatra",
    views: "Nézetek",
    pages: {
      timeline: "Idővonal",
      matrix: "Analógiamátrix",
      table: "Eseménytáblázat",
      corrections: "Helyesbítések",
      studio: "Saját összeállítás",
    },
    pagesShort: {
      timeline: "Idővonal",
      matrix: "Mátrix",
      table: "Táblázat",
      corrections: "Javítás",
      studio: "Saját",
    },
    loadingView: "Betöltés…",
    article: "A cikk",
    allEvents: (count) => `Minden esemény, epizódonként (${formatNumber(count)})`,
    episodeEvents: (episode) => `${episode}: események időrendben`,
    openFiles: {
      open: "Saját fájlok megnyitása…",
      hint: "vagy húzza őket az oldalra: egy gyűjteményt a fájljaival, vagy epizódokat JSON vagy CSV formátumban",
      backToCurated: "Vissza a válogatott gyűjteményhez",
      tooLarge: (files, megabytes) =>
        `${files.join(", ")}: nagyobb, mint ${formatNumber(megabytes, "megabyte")}, az Echoes által beolvasható legnagyobb méret`,
      source: (files) => `saját fájlok (${files.join(", ")})`,
    },
    dropHere: "Engedje el a fájlokat a megnyitásukhoz",
    dropHint:
      "Egy gyűjtemény a fájljaival, vagy epizódok JSON vagy CSV formátumban. Semmi sem hagyja el ezt a számítógépet.",
  },

  article: {
    heading: "A cikk",
    picker: "Cikk",
    sourceLine: (author, publisher, date) =>
      [
        author ? `Szerző: ${author}` : undefined,
        publisher ?? "Kiadó nem ismert",
        date ?? "Dátum nem ismert",
      ]
        .filter(Boolean)
        .join(" · "),
    original: "Az eredeti elolvasása",
    claimsOnly: (count) => `Csak az ellenőrzött állítások megjelenítése (${formatNumber(count)})`,
    passage: (text, links) =>
      `„${text}”, ${
        links.length > 0
          ? `${links.length === 1 ? "kapcsolódó esemény" : "kapcsolódó események"}: ${links
              .map(({ event, episode }) => `${event} (${episode})`)
              .join("; ")}`
          : "állítás kapcsolódó esemény nélkül"
      }`,
    verdictButton: (verdict, open) =>
      `${verdict} állítás: az ellenőrzés ${open ? "elrejtése" : "megjelenítése"}`,
    checked: (verdict) => `Ellenőrizve: ${verdict.toLowerCase()}.`,
    sources: "Források:",
  },

  axis: {
    day: (days) => (days === 0 ? "0. nap" : `${signed(days)} nap`),
    hours: (hours) => `${signed(hours)} ó`,
    weeks: (weeks) => `${signed(weeks)} hét`,
    months: (months) => `${signed(months)} hónap`,
    years: (years) => `${signed(years)} év`,
    step: (step) => `${nth(step)} lépés`,
    dayZeroCaption:
      "A 0. nap az a pillanat, amikor az egyes sávok viszonyítási eseménye elkezdődött: annak órája, ha a források megadják, különben a napjának kezdete. Az órák és a napok innen számítanak.",
  },

  clusterList: {
    label: (count) => `Itt ${formatNumber(count)} esemény van összevonva`,
    separate: "Nagyítás a szétválasztáshoz",
    close: "Bezárás",
  },

  corrections: {
    heading: "Helyesbítések",
    intro:
      "Amit ez a gyűjtemény egykor tévesen állított, amit most állít, és a változtatás forrásai, a legújabbal kezdve. Egy eseményt vagy szövegrészt választva látható, hogyan szerepel most.",
    empty: "Ebben a gyűjteményben semmit sem helyesbítettek.",
    wrong: "Ez állt benne",
    now: "Most ez áll benne",
    sources: "Források",
    events: "Események",
    passages: "Cikkek szövegrészei",
    roles: "Analógiás szerepek",
    event: (episode, title, date) => `${episode}: ${title} (${date})`,
    passage: (quote, article) => `„${quote}” (${article})`,
    corrected: (date) => `Helyesbítve: ${date}`,
    correctedLink: (date) => `Helyesbítve: ${date} – a helyesbítés elolvasása`,
  },

  embed: {
    heading: "Echoes",
    attribution: "Echoes: történelmi epizódok egymás mellett, minden esemény a forrásaival.",
    openInEchoes: "Megnyitás az Echoes alkalmazásban",
    panes: { label: "Idővonal vagy cikk", timeline: "Idővonal", article: "Cikk" },
  },

  embedDialog: {
    heading: "A nézet beágyazása",
    width: "A hasáb szélessége képpontban (az előnézethez)",
    height: "Magasság képpontban",
    compact: "Kompakt, cikkhasábhoz",
    showArticle: "A cikk megjelenítése",
    theme: "Téma",
    themes: { "": "Az olvasó beállítása szerint", light: "Világos", dark: "Sötét" },
    language: "Nyelv",
    readersLanguage: "Az olvasó böngészőjének nyelve",
    about: {
      heading: "Ebben a méretben",
      alone: (width) =>
        `${width} px szélességnél az idővonal a teljes szélességet kitölti; a kiválasztott esemény részletei a diagram fölött nyílnak meg.`,
      switched: (width) =>
        `${width} px szélességnél a cikk a diagram fölötti Idővonal / Cikk kapcsolóval nyílik meg; egy szövegrész kiválasztása visszavált az idővonalra, és megjelöli az eseményeit.`,
      beside: (width) =>
        `${width} px szélességnél a cikk az idővonal mellett jelenik meg, és külön görgethető; a kiválasztott esemény részletei a diagram fölött nyílnak meg.`,
      compact:
        "Kompakt: az időtengely, a 0. nap és a nagyítás egy sorban, Link másolása és Letöltés gombok nélkül; a diagram alatti Megnyitás az Echoes alkalmazásban link a teljes alkalmazáshoz vezet.",
      short: (height) =>
        `${height} px magasságnál a vezérlők egy-két sorra szűkülnek, Link másolása és Letöltés gombok nélkül.`,
      full: "Link másolása és Letöltés gombok a vezérlők alatt.",
      roomy: (height, fromWidth) =>
        `${height} px magasságnál a diagram minden szokásos sora látszik egy legalább ${fromWidth} px széles hasábban, görgetősáv nélkül a kereten belül.`,
      cramped: (height) =>
        `${height} px magasságnál a diagram sávonként kevesebb sort mutat (több +N), hogy elférjen; a szkripttel a keret addig nő, amíg minden sor látszik.`,
      narrowColumn: (fromWidth) =>
        `${fromWidth} px-nél keskenyebb hasábban a vezérlők újabb sort foglalhatnak el: a szkripttel a keret megnő, hogy elférjenek; nélküle a diagram sorokat hagy el.`,
    },
    code: "Kód az oldalához",
    copy: "Kód másolása",
    copied: "Kód másolva",
    close: "Bezárás",
    note: "A szkripttel a keret akkora magasságot vesz fel, amekkorát a tartalma igényel; a fenti magasság a kiinduló érték, amely szkript nélkül megmarad.",
    preview: "A beágyazás előnézete",
    frameTitle: (title) => `Echoes: ${title}`,
  },

  event: {
    localTime: "helyi idő",
    certaintyNote: (certainty) => `${certainty}:`,
    sources: "Források",
    opensInNewTab: "\u00a0(új lapon nyílik meg)",
  },

  filters: {
    kinds: "Eseménytípusok",
    episodes: "Epizódok",
    moveUp: (episode) => `Mozgatás feljebb: ${episode}`,
    moveDown: (episode) => `Mozgatás lejjebb: ${episode}`,
  },

  image: {
    modes: {
      aligned: "Napok a 0. naphoz képest",
      calendar: "Minden epizód a saját naptára szerint",
      sequence: "Események sorrendben",
    },
    alignedOn: (role) => `Napok a 0. nap előtt és után; 0. nap: „${role.toLowerCase()}”`,
    sources: (publishers) => `A látható események forrásai: ${publishers.join("; ")}.`,
    madeWith: (origin) => `Az Echoes alkalmazással készült: ${origin}`,
    cannotDraw: "Ez a böngésző nem tudja megrajzolni a képet.",
    noPng: "Nem készült PNG.",
  },

  language: {
    label: "Nyelv",
    contentIn: (language) => `Ez a gyűjtemény ${language} nyelvű.`,
  },

  lesson: {
    presenter: "Lecke",
    progress: (stop, count) => `${formatNumber(stop)}/${formatNumber(count)}. állomás`,
    previous: "Előző",
    next: "Következő",
    fullScreen: "Teljes képernyő",
    leaveFullScreen: "Kilépés a teljes képernyőből",
    exit: "A lecke befejezése",
    discuss: "Megbeszélendő",
    articleSays: "A cikk szerint",
    evidence: (count) =>
      pluralCategory(count) === "one"
        ? "Az állomás mögötti esemény a forrásaival"
        : `Az állomás mögötti ${formatNumber(count)} esemény a forrásaikkal`,
    keys: "A nyílbillentyűkkel, valamint a Page Up és a Page Down billentyűvel (prezentációs távirányítóval) lehet az állomások között lépni.",
    finished: "Ez az utolsó állomás.",
    adjustView: "Nézet módosítása",
    showDetails: (title) => `Részletek: ${title}`,
    hideDetails: "Részletek elrejtése",
  },

  lessonLauncher: {
    heading: "Leckék",
    present: (title) => `Lecke bemutatása: „${title}”`,
    presentShort: "Lecke bemutatása",
    presentTitle: (title) => `: „${title}”`,
    print: "Feladatlapok nyomtatása…",
    printLabel: (title) => `Feladatlapok nyomtatása… („${title}”)`,
    stops: (count) => `${formatNumber(count)} állomás`,
  },

  link: {
    mode: (shown) => `nincs ${shown} nevű időtengely (várt: aligned, calendar vagy sequence)`,
    role: (shown) => `ebben a gyűjteményben nincs ${shown} azonosítójú analógiás szerep`,
    kind: (shown) => `${shown} nem eseménytípus`,
    episode: (shown) => `ebben a gyűjteményben nincs ${shown} azonosítójú epizód`,
    passage: (shown) => `ebben a gyűjteményben nincs ${shown} azonosítójú szövegrész`,
    event: (shown) => `ebben a gyűjteményben nincs ${shown} azonosítójú esemény`,
    view: (shown) =>
      `nincs ${shown} nevű nézet (várt: timeline, matrix, table, corrections vagy studio)`,
    lesson: (shown) => `ebben a gyűjteményben nincs ${shown} azonosítójú lecke`,
    stop: (shown, stops) =>
      `a leckében nincs ${shown} sorszámú állomás (várt: 1–${formatNumber(stops)}), ezért az elsőnél kezdődik`,
    zoom: (shown) =>
      `${shown} nem érvényes nagyítás (várt: egy arány és egy eltolás, pl. „2,-0.5”)`,
    zoomBeyond: (shown, expected) =>
      `a nagyítás (${shown}) túllépi a diagram határait (várt: ${expected})`,
    language: (shown, expected) =>
      `${shown} nem az Echoes egyik nyelve (várt: ${expected}), ezért az oldal a böngésző nyelvén jelenik meg`,
  },

  matrix: {
    heading: "Az analógia szerepenként",
    intro:
      "Minden sor egy szerep, amelyet az események az összehasonlításban betöltenek; minden oszlop egy epizód. Az utolsó két oszlop azt mutatja, mi hasonló az adott sorban, és mi eltér. Egy eseményt választva az megjelenik az idővonalon, a sorához igazítva.",
    caption: "Analógiamátrix: sorokban a szerepek, oszlopokban az epizódok",
    role: "Szerep",
    alike: "Ami hasonló",
    differs: "Ami eltér",
    nothingAlike: "Nincs rögzített hasonlóság.",
    notInRole: "Ehhez a szerephez nincs rögzített esemény.",
    showEvent: (title, episode) => `${title} (${episode}): megjelenítés az idővonalon`,
  },

  newVersion: {
    ready: "Elérhető az Echoes új verziója.",
    reload: "Újratöltés az új verzióhoz",
  },

  notices: {
    failed: "Ezt a gyűjteményt nem sikerült betölteni",
    triedToLoad: ["Az Echoes megpróbálta betölteni ezt:", "és a következőket találta:"],
    validateHint: [
      "Ha Ön a szerző, az",
      "npm run validate",
      "parancs a parancssorban is kilistázza ugyanezeket a hibákat.",
    ],
    openCurated: "A válogatott gyűjtemény megnyitása helyette",
    partlyLoaded: (count) => `A gyűjtemény egy részét nem sikerült betölteni (${problems(count)})`,
    restShown: "Minden más megjelenik. A fájlokat a felsorolt helyeken javítani kell:",
    notes: (count) =>
      `${count === 1 ? "Egy megjegyzés" : `${formatNumber(count)} megjegyzés`} a gyűjtemény beolvasásáról`,
    allShown: "Minden megjelenik; érdemes tudni:",
    leftOut: (what) => `Kimaradt: ${what}.`,
    linkNotRestored: "A link nézetének egy részét nem sikerült visszaállítani",
    nearestView: "Helyette a legközelebbi nézet látható:",
    dismiss: "Elvetés",
  },

  origin: {
    from: "Forrás:",
    files: (names) =>
      names.length === 1
        ? `saját fájl: ${names[0]}`
        : names.length <= NAMED_FILES
          ? `saját fájlok: ${formatList(names)}`
          : `saját fájlok: ${formatList([...names.slice(0, NAMED_FILES), `további ${formatNumber(names.length - NAMED_FILES)}`])}`,
    onThisSite: "ezen a webhelyen",
    notCurated: "nem az Echoes válogatott gyűjteménye",
  },

  overview: {
    title:
      "Minden esemény áttekintése, ott magasabb, ahol sok van belőlük; kattintással vagy húzással mozgatható a látható ablak",
    window: "Az idővonal látható része",
    position: (shownPercent, centrePercent) =>
      `Az idővonalból ${formatNumber(shownPercent, "percent")} látható, középpont: ${formatNumber(centrePercent, "percent")}`,
    laneRange: (episode, from, to) =>
      from === to ? `${episode}: ${from}` : `${episode}: ${from} – ${to}`,
  },

  emptyView: {
    message: "Ebben az időszakban nincs esemény.",
    showNearest: "Ugrás a legközelebbi eseményekhez",
    fitAll: "Minden esemény megjelenítése",
  },

  print: {
    caption: (count) => `A látható események (${formatNumber(count)}) a forrásaikkal`,
    columns: { episode: "Epizód", date: "Dátum", event: "Esemény", sources: "Források" },
    kind: (kind) => `(${kind.toLowerCase()})`,
    source: (title, publisher, locator, site) =>
      `${title}, ${publisher}${locator ? `, ${locator}` : ""}${site ? ` (${site})` : ""}`,
    titleAndSite: (title, site) => (site ? `${title} (${site})` : title),
    modes: {
      aligned: "Napok a 0. nap előtt és után",
      calendar: "Minden epizód a saját naptára szerint",
      sequence: "Események sorrendben",
    },
    alignedOn: (role) => `Napok a 0. nap előtt és után; 0. nap: „${role.toLowerCase()}”`,
    chartLabel: (view) => `Idővonal: ${view}`,
    folded: (episode, count) =>
      `${episode}: még ${formatNumber(count)} esemény látható, amely helyhiány miatt nem került a diagramra`,
    foldedCounts: (lanes) =>
      `Szintén látható, de helyhiány miatt nem került a diagramra: ${lanes
        .map(([episode, count]) => `${episode}, ${formatNumber(count)} esemény`)
        .join("; ")}.`,
    lesson: {
      dialogTitle: (lesson) => `Nyomtatás: „${lesson}”`,
      classHandout: "Tanulói feladatlap nyomtatása",
      classHandoutHelp: (stops) =>
        `Minden tanulónak: az állomások (${formatNumber(stops)}), mindegyik a saját idővonalával, a mögötte álló eseményekkel és azok forrásaival, valamint a kérdésével és hellyel a válasznak.`,
      teacherSheet: "Tanári lap nyomtatása",
      teacherSheetHelp: (claims) =>
        `A tanárnak: a cikk ellenőrzött állításai (${formatNumber(claims)}), mindegyik az értékelésével, azzal, amit a források mondanak, és magukkal a forrásokkal.`,
      close: "Bezárás",
    },
    handout: {
      title: (lesson) => `Lecke: ${lesson}`,
      name: "Név:",
      stop: (stop, count, title) =>
        `${formatNumber(stop)}/${formatNumber(count)}. állomás: ${title}`,
      articleSays: "A cikk szerint:",
      evidence: "Az állomás mögötti események",
      otherSources: (count) => `(és további ${formatNumber(count)} forrás)`,
      question: "Kérdés",
    },
    sheet: {
      title: (lesson) => `Tanári lap: ${lesson}`,
      intro:
        "A cikk állításai szó szerint idézve, mindegyik mellett a forrásokkal való összevetés értékelése, az, amit a források mondanak, és maguk a források.",
      claims: (article) => `Ellenőrzött állítások: „${article}”`,
      columns: {
        claim: "Állítás",
        verdict: "Értékelés",
        check: "Amit a források mondanak",
        sources: "Források",
      },
      paragraph: (place) => (place === HEADLINE ? "főcím" : `${nth(place + 1)} bekezdés`),
      noSources: "Nem található forrás.",
    },
  },

  share: {
    copyLink: "Link másolása",
    linkCopied: "A nézet linkje a vágólapra másolva",
    copyByHand: "Másolja ki ezt a linket:",
    embed: "Beágyazás…",
    downloadSvg: "SVG letöltése",
    downloadPng: "PNG letöltése",
    exportFailed: (reason) => `A képet nem sikerült elkészíteni: ${reason}`,
    shareMenu: "Megosztás",
    phoneMenu: "Menü",
    print: "Az idővonal nyomtatása",
    sections: { view: "Nézet", share: "Megosztás és mentés", more: "Továbbiak" },
    loading: "Betöltés…",
  },

  statement: {
    evidence: "Bizonyíték:",
    episode: (label) => `(${label})`,
  },

  status: {
    loadingCollection: "A gyűjtemény betöltése…",
    offline: "Nincs internetkapcsolat. Az Echoes az eszközre mentett példányt mutatja.",
    failed: (part) => `Ez a rész nem jeleníthető meg: ${part}.`,
    tryAgain: "Újra",
    reload: "Az oldal újratöltése",
    startAgain: "Újrakezdés az alapnézetből",
  },

  studio: {
    heading: "Stúdió: saját összehasonlítás készítése",
    intro:
      "Saját összehasonlítás összeállítása: epizódok és eseményeik, az őket egymáshoz igazító pillanatok, egy cikk ellenőrzött állításokkal, és egy lecke, amellyel egy osztály végigvezethető rajta. Minden módosítás ugyanúgy ellenőrzésre kerül, mint a válogatott gyűjtemény, és a szerkesztő melletti idővonal követi.",
    privacy:
      "A projektek csak ebben a böngészőben tárolódnak, és menet közben mentődnek; semmi sem töltődik fel sehová.",
    start: {
      heading: "Új projekt",
      name: "Projekt neve",
      defaultName: "Saját összehasonlítás",
      blank: "Kezdés üresen",
      blankHint: "Üres gyűjtemény: adja hozzá az összehasonlítandó epizódokat.",
      copy: "A gyűjtemény másolása",
      copyHint:
        "Az éppen olvasott gyűjtemény, bővítésre vagy módosításra; az eredeti változatlan marad.",
      copyName: (title) => `Másolat: ${title}`,
      files: "Fájlok megnyitása…",
      filesHint:
        "Egy gyűjtemény fájljai (collection.json az epizódjaival, cikkeivel és leckéivel), ezek ZIP-archívuma vagy egy epizód táblázata (CSV); vagy húzza ide őket.",
      loading: "Megnyitás…",
      failed: (message) => `A projektet nem sikerült elindítani: ${message}`,
    },
    projects: {
      heading: "Projektek ebben a böngészőben",
      none: "Még nincs.",
      open: (name) => `Megnyitás: ${name}`,
      remove: (name) => `Törlés: ${name}`,
      confirmRemove: (name) =>
        `Törli ezt a projektet ebből a böngészőből: „${name}”? Ez nem vonható vissza.`,
      updated: (when) => `mentve: ${when}`,
      readOnly: "megosztott, csak olvasható",
    },
    bar: {
      name: "Projekt",
      undo: "Visszavonás",
      redo: "Ismétlés",
      allProjects: "Minden projekt",
      saving: "Mentés…",
      saved: "Mentve ebben a böngészőben",
      saveFailed: (message) => `Nincs mentve: ${message}`,
      readOnly:
        "Ezt az összehasonlítást megosztották Önnel, ezért csak olvasható. A módosításhoz készítsen róla másolatot; az eredeti úgy marad, ahogy elküldték.",
      copy: "Másolat készítése szerkesztéshez",
      copyName: (name) => `${name} (saját másolat)`,
    },
    out: {
      heading: "Exportálás",
      zip: "A fájlok letöltése (ZIP)",
      csv: "Minden epizód letöltése CSV-ként",
      csvLeft: (file, fields) =>
        `${file}: a táblázatban nincs oszlop a következőkhöz: ${fields}; a ZIP megőrzi őket.`,
      share: "Megosztási link készítése",
      shareLabel: "Megosztási link",
      copied: "Másolva",
      copyLink: "Link másolása",
      addCsv: "Epizód hozzáadása táblázatból (CSV)…",
      addCsvHint:
        "A táblázat epizódját az itteniek mellé adja hozzá, egyiket sem cseréli le. A Stúdióra húzott táblázat is hozzáadódik.",
      dropOnlyCsv:
        "Nyitott projektre csak epizódok táblázatai (CSV) húzhatók; más fájlokból kiindulva új projektet kell indítani a Minden projekt nézetből.",
    },
    sections: {
      label: "A gyűjtemény részei",
      collection: "Gyűjtemény",
      episodes: "Epizódok és események",
      roles: "Analógiák",
      article: "Cikk",
      lessons: "Leckék",
    },
    collection: {
      title: "Cím",
      description: "Leírás",
      addEpisode: "Epizód hozzáadása",
      episodeId: "Azonosító",
      episodeTitle: "Cím",
      episodeLabel: "Rövid címke",
      episodeSummary: "Összefoglaló",
      addEpisodeFailed: (message) => `Az epizódot nem sikerült hozzáadni: ${message}`,
      language: "A szöveg nyelve",
      languageHint:
        'BCP 47 nyelvkód, pl. "en", "hu", "cs", "ru" vagy "kk": az olvasók képernyőolvasói ezen a nyelven olvassák fel a gyűjteményt.',
    },
    checks: {
      heading: "Ellenőrzések",
      none: "Nincs hiba: a gyűjtemény érvényes és megosztható.",
      count: (count) =>
        `${problems(count)}, az npm run validate megfogalmazásában; a hibás érték begépelt formájában megmarad, amíg ki nem javítják.`,
      started: "Amit nem sikerült átvenni a fájlokból",
      checking: "Ellenőrzés…",
      goTo: (field) => `Ugrás ide: ${field}`,
    },
    preview: {
      heading: "Az idővonal, ahogy meg fog jelenni",
      empty: "Az idővonal itt jelenik meg, amint egy epizódnak lesz érvényes eseménye.",
    },
    shared: {
      opened: "Megosztott összehasonlítás nyílt meg a linkből.",
      failed: (message) => `A megosztott linket nem sikerült megnyitni: ${message}`,
    },
  },

  studioAnalogy: {
    ...STUDIO_SOURCES,
    heading: "Analógiás szerepek",
    intro:
      "Egy szerep egymáshoz igazítja az epizódokat: megadja, melyik esemény tölti be ugyanazt a szerepet mindegyikben, mi hasonló, és hol nem áll meg az összehasonlítás.",
    newRole: "Új szerep",
    id: "Azonosító",
    idHint: "Kisbetűk és számjegyek kötőjellel összekapcsolva, pl. „csapatok-bevonulnak”",
    label: "Név",
    labelHint: "Ahogy az olvasók látják, pl. Bevonulnak a csapatok",
    description: "Jelentése",
    descriptionHint:
      "Egy mondat arról, mit kell tennie egy eseménynek, hogy betöltse ezt a szerepet",
    addRole: "Szerep hozzáadása",
    noRoles: "Még nincs szerep. Adjon hozzá egyet, hogy az epizódokat hozzá lehessen igazítani.",
    noEpisodes:
      "Előbb adjon hozzá egy epizódot eseményekkel: minden szerep megnevezi az őt betöltő eseményeket.",
    roleHeading: (label) => `Szerep: ${label}`,
    removeRole: (label) => `Szerep eltávolítása: ${label}`,
    members: "A szerepet betöltő események",
    membersHint:
      "Epizódonként az az esemény vagy azok az események, amelyek ezt a szerepet betöltik.",
    addMember: (episode) => `Esemény hozzáadása ebből: ${episode}`,
    chooseEvent: "Esemény kiválasztása…",
    noMember: "Még nincs ebben a szerepben.",
    removeEvent: (event, episode) => `Kivétel a szerepből: ${event} (${episode})`,
    removeMember: (episode) => `Epizód kivétele a szerepből: ${episode}`,
    anchor: "0. nap",
    anchorHint:
      "Az esemény, amelyhez az idővonal igazodik; ha nincs megadva, a legpontosabban datált",
    anchorNone: "A legpontosabban datált esemény",
    note: "Megjegyzés",
    noteHint: "Kötelező, ha egyetlen esemény sem tölti be a szerepet: ilyenkor indokolja meg",
    alike: "Hasonló",
    alikeHint: "Ami közös az epizódokban ebben a szerepben.",
    differs: "Eltérő",
    differsHint:
      "Ahol az összehasonlítás nem áll meg: legalább egy. Az az összehasonlítás, amely nem mondja meg, hol sántít, félrevezet.",
    noStatements: "Még nincs.",
    statement: (list, index) => `${list}, ${nth(index + 1)} megállapítás`,
    evidence: "Bizonyíték",
    evidenceHint:
      "Az alátámasztó események; több kiválasztásához tartsa lenyomva a Ctrl vagy a Cmd billentyűt",
    newStatement: (list) => `Új megállapítás: ${list.toLowerCase()}`,
    addStatement: (list) => `Hozzáadás a listához: ${list.toLowerCase()}`,
    removeStatement: (list, index) =>
      `${nth(index + 1)} megállapítás eltávolítása: ${list.toLowerCase()}`,
    unknownEvent: (ref) => `${ref} (nem található)`,
    sources: "A megállapítások forrásai",
    sourcesHint: "Nem kötelező: ahol az olvasó ellenőrizheti, mi hasonló és mi eltérő",
  },

  studioArticle: {
    ...STUDIO_SOURCES,
    heading: "Cikkek",
    intro:
      "Egy cikk, amely az analógiát megvonta: a szövege szó szerint, és a részletei, amelyek az általuk említett eseményekhez kapcsolódnak, mindegyik az állítása ellenőrzésével.",
    noArticles: "Még nincs cikk.",
    newArticle: "Új cikk",
    id: "Azonosító",
    idHint: "Kisbetűk és számjegyek kötőjellel összekapcsolva, pl. „baljos-visszhangok”",
    title: "Főcím",
    titleHint: "Ahogy megjelent",
    publisher: "Médium",
    author: "Szerző",
    published: "Megjelenés",
    publishedHint: "A nap, pl. 2022-01-07; csak ha alá tudja támasztani",
    url: "Webcím",
    urlHint: "https:// előtaggal; csak ha alá tudja támasztani",
    editorialNote: "Szerkesztői megjegyzés",
    editorialNoteHint: "Mi maradt ki az oldalról, pl. hirdetések és más cikkekre mutató linkek",
    text: "Szöveg, szó szerint",
    textHint: "Illessze be a cikket: minden sor egy bekezdés; az üres sorok elhagyódnak.",
    addArticle: "Cikk hozzáadása",
    articleHeading: (title) => `Cikk: ${title}`,
    removeArticle: (title) => `Cikk eltávolítása: ${title}`,
    theText: "A szöveg",
    theTextHint:
      "Jelöljön ki szavakat a főcímben vagy egy bekezdésben, vagy illessze be őket az Idézet mezőbe, majd készítsen belőlük részletet.",
    headline: "Főcím",
    paragraph: (index) => `${nth(index + 1)} bekezdés`,
    replaceText: "Szöveg cseréje",
    replaceTextHint:
      "Minden sor egy bekezdés. A részletek megtartják a szavaikat: jelzést kap az, amelynek a szavai már nincsenek meg a bekezdésében.",
    applyText: "Szöveg alkalmazása",
    selected: (quote) => `Kijelölve: „${quote}”`,
    nothingSelected: "Nincs kijelölés a szövegben.",
    quote: "Idézet",
    quoteHint:
      "Vagy illessze be ide a pontos szavakat: azonos kis- és nagybetűkkel és írásjelekkel",
    excerptId: "Részlet azonosítója",
    excerptIdHint: "Ha üresen marad, a szavakból készül egy",
    makeExcerpt: "Részlet készítése",
    nothingChosen:
      "Előbb jelöljön ki szavakat a szövegben, vagy illessze be őket az Idézet mezőbe.",
    notFound: (quote) =>
      `„${quote}” nem szerepel szó szerint sem a főcímben, sem egyik bekezdésben: ugyanazok a szavak, kis- és nagybetűk és írásjelek kellenek`,
    excerpts: "Részletek",
    noExcerpts: "Még nincs részlet.",
    excerptHeading: (id) => `Részlet: ${id}`,
    excerptPlace: (place) => `Helye: ${place}`,
    events: "Az említett események",
    eventsHint: "Epizódonként; több kiválasztásához tartsa lenyomva a Ctrl vagy a Cmd billentyűt",
    unknownEvent: (ref) => `${ref} (nem található)`,
    check: "Az állítás ellenőrzése",
    verdict: "Értékelés",
    verdictHint:
      "A szavakat úgy kell megítélni, ahogy leírták őket: a pontatlan lényegében helytálló, de egy dátumban, számban vagy szóban téved",
    noCheck: "Nincs ellenőrzés",
    note: "Amit a források mutatnak",
    noteHint: "És miben tér el az állítástól",
    sources: "Források",
    sourcesHint: "Az ellenőrizhetetlen kivételével minden értékeléshez legalább egy kell",
    removeExcerpt: (id) => `Részlet eltávolítása: ${id}`,
  },

  studioEvents: {
    episodeHeading: "Epizód",
    episodeFields: { id: "Azonosító", title: "Cím", label: "Címke", summary: "Összefoglaló" },
    episodeHints: {
      id: "Kisbetűk és számjegyek kötőjellel összekapcsolva, pl. „praga-1968”",
      label: "Rövid hely és időszak, pl. „Csehszlovákia, 1968”",
    },
    fileProblems: "A teljes fájl hibái",
    caption: (episode, count) => `${episode}: ${formatNumber(count)} esemény`,
    keys: `A Tab billentyű a cellák között lép; a fel és le nyíl a fölötte vagy alatta lévő sorba, az Enter a következő sorba visz, az utolsó után pedig új eseményt ad hozzá. A táblázatkezelőből másolt sorok attól a cellától kezdve töltik ki a cellákat, amelybe beillesztik őket. Dátumok: ${DATE_FORMATS}.`,
    readOnlyKeys:
      "Ez a projekt csak olvasható: az események szerkesztéséhez készítsen róla másolatot.",
    columns: {
      id: "Azonosító",
      date: "Dátum",
      endDate: "Záró dátum",
      title: "Cím",
      summary: "Összefoglaló",
      kind: "Típus",
      certainty: "Bizonyosság",
      place: "Helyszín",
      sourceTitle: "Forrás címe",
      sourcePublisher: "Forrás kiadója",
      sourceUrl: "Forrás webcíme",
    },
    actions: "Műveletek",
    eventName: (position, title) =>
      title.trim() === ""
        ? `${nth(position)} esemény`
        : `${nth(position)} esemény, ${title.trim()}`,
    cell: (column, event) => `${column}, ${event}`,
    chooseKind: "Típus kiválasztása",
    addEvent: "Esemény hozzáadása",
    noEvents: "Még nincs esemény: adja hozzá az elsőt.",
    moveUp: (event) => `Mozgatás feljebb: ${event}`,
    moveDown: (event) => `Mozgatás lejjebb: ${event}`,
    remove: (event) => `Törlés: ${event}`,
    details: "Részletek",
    detailsOf: (event, count) =>
      count === 0 ? `Részletek: ${event}` : `Részletek: ${event} – ${problems(count)}`,
    problemsInDetails: problems,
    detailsHeading: (event) => `Részletek: ${event}`,
    otherProblems: "Az esemény hibái",
    significance: "Jelentőség",
    noSignificance: "Nincs megadva",
    significanceChoice: (value) =>
      value === 1 ? "1 (csekély)" : value === 5 ? "5 (döntő)" : formatNumber(value),
    certaintyNote: "Megjegyzés a bizonyossághoz",
    certaintyNoteHint:
      "Mi bizonytalan vagy vitatott; kötelező, kivéve, ha a bizonyosság megerősített",
    people: "Szereplők",
    peopleHint: "Érintett személyek, pártok, államok vagy erők",
    person: (position) => `${nth(position)} szereplő`,
    addPerson: "Szereplő hozzáadása",
    removePerson: (position) => `${nth(position)} szereplő eltávolítása`,
    figures: "Számadatok",
    figure: (position) => `${nth(position)} számadat`,
    figureLabel: "Mire vonatkozik",
    figureFrom: "Szám vagy alsó érték",
    figureTo: "Felső érték (tartományhoz)",
    figureValueHint: "Csak számjegyek, pl. 250000; egyetlen számnál a felső érték maradjon üresen",
    figureUnit: "Mértékegység",
    figureNote: "Megjegyzés",
    addFigure: "Számadat hozzáadása",
    removeFigure: (position) => `${nth(position)} számadat eltávolítása`,
    sources: "Források",
    figureSources: (position) => `${nth(position)} számadat forrásai`,
    source: (position) => `${nth(position)} forrás`,
    sourceTitle: "Cím",
    sourcePublisher: "Kiadó",
    sourceUrl: "Webcím",
    sourceLocator: "Hely a forráson belül",
    addSource: "Forrás hozzáadása",
    removeSource: (position) => `${nth(position)} forrás eltávolítása`,
  },

  studioLessons: {
    heading: "Leckék",
    intro:
      "Egy lecke állomásról állomásra vezeti végig az osztályt a gyűjteményen. Állítsa be a szerkesztő melletti idővonalat úgy, ahogy az osztálynak látnia kell, majd adjon hozzá belőle egy állomást.",
    noLessons: "Még nincs lecke.",
    newLesson: "Új lecke",
    id: "Azonosító",
    idHint: "Kisbetűk és számjegyek kötőjellel összekapcsolva, pl. „analogia-probaja”",
    title: "Cím",
    summary: "Összefoglaló",
    summaryHint: "Mit fog csinálni az osztály, egy-két mondatban",
    addLesson: "Lecke hozzáadása",
    lessonHeading: (title) => `Lecke: ${title}`,
    removeLesson: (title) => `Lecke eltávolítása: ${title}`,
    stops: "Állomások",
    noStops: "Még nincs állomás: egy leckéhez legalább egy kell.",
    stopHeading: (index, title) => `${nth(index + 1)} állomás: ${title}`,
    stopId: "Állomás azonosítója",
    stopIdHint: "Ha üresen marad, a címből készül egy",
    stopTitle: "Cím",
    stopText: "Szöveg",
    stopTextHint:
      "Néhány rövid mondat, mindegyiket a Bizonyíték alatt megadott események támasztják alá",
    question: "Kérdés",
    questionHint: "Az osztály számára, megbeszélésre",
    evidence: "Bizonyíték",
    evidenceHint:
      "Az események, amelyek a szöveg minden állítását alátámasztják: legalább egy; több kiválasztásához tartsa lenyomva a Ctrl vagy a Cmd billentyűt",
    unknownEvent: (ref) => `${ref} (nem található)`,
    passage: "Kiválasztott szövegrész",
    passageHint: "A cikk egy szövegrésze, amely ezen az állomáson esemény helyett megjelenik",
    noPassage: "Nincs",
    view: "Amit az idővonal mutat",
    viewTerms: {
      mode: "Mód",
      role: "Igazítás alapja",
      window: "Látható napok",
      selected: "Kiválasztva",
    },
    modes: { aligned: "Igazított", calendar: "Naptár", sequence: "Sorrend" },
    defaultRole: "A gyűjtemény alapértelmezett szerepe",
    window: (from, to) => `${signed(from)} és ${signed(to)} nap között a 0. naphoz képest`,
    selectedEvent: (title) => `Esemény: ${title}`,
    selectedPassage: (quote) => `Szövegrész: „${quote}”`,
    nothingSelected: "Semmi",
    useCurrentView: "Az idővonal jelenlegi nézetének használata",
    moveUp: (index) => `${nth(index + 1)} állomás mozgatása feljebb`,
    moveDown: (index) => `${nth(index + 1)} állomás mozgatása lejjebb`,
    removeStop: (index) => `${nth(index + 1)} állomás eltávolítása`,
    newStop: "Új állomás",
    newStopHint:
      "Az állomás azt őrzi meg, amit a szerkesztő melletti idővonal most mutat: a módját, a szerepet, a látható napokat és a kiválasztást.",
    addStop: "Állomás hozzáadása az idővonal jelenlegi nézetéből",
  },

  studioSources: STUDIO_SOURCES,

  table: {
    heading: "Eseménytáblázat",
    intro:
      "A gyűjtemény minden eseménye táblázatban: az idővonal szöveges megfelelője. A megjelenített típusok és epizódok az idővonaléi; egy itt kiválasztott esemény ott is kiválasztódik.",
    search: "Események keresése",
    searchHint:
      "Szavak a címben, az összefoglalóban, a helyszínben, a szereplőkben vagy a forrásokban",
    caption: (shown, total) =>
      shown === total
        ? `Az összes esemény (${formatNumber(total)})`
        : `Látható: ${formatNumber(shown)} / ${formatNumber(total)} esemény`,
    columns: {
      episode: "Epizód",
      date: "Dátum",
      title: "Esemény",
      kind: "Típus",
      certainty: "Bizonyosság",
      sources: "Források",
    },
    sortBy: (column) => `Rendezés ${column.toLowerCase()} szerint`,
    showOnTimeline: "Megjelenítés az idővonalon",
    noRows:
      "Nincs egyező esemény. Jelenítsen meg több típust vagy epizódot, vagy módosítsa a keresett szavakat.",
  },

  theme: {
    label: "Téma",
    options: { system: "Rendszer", light: "Világos", dark: "Sötét" },
  },

  timeline: {
    details: {
      label: "Az esemény részletei",
      nothingSelected:
        "Válasszon ki egy eseményt az idővonalon a részletei, a forrásai és az összehasonlítása megtekintéséhez.",
      loading: "Az esemény betöltése…",
      close: "Bezárás",
      actors: "Szereplők:",
      role: (role) => `Analógia: ${role}`,
      noMatch: (episode, note) =>
        `${episode}: egyetlen esemény sem tölti be ezt a szerepet${note ? `. ${note}` : "."}`,
      match: (episode, title, date) => `${episode}: ${title} (${date})`,
      alike: "Hasonló",
      differs: "Eltérő",
      inArticle: "A cikkben",
      quote: (text) => `„${text}”`,
      passageSource: (article, verdict) =>
        verdict ? `${article} · Ellenőrizve: ${verdict.toLowerCase()}` : article,
      showInArticle: "Megjelenítés a cikkben",
    },
    markName: (title, date, kind, certainty) =>
      `${title}, ${date}, ${kind.toLowerCase()}${certainty ? `, ${certainty.toLowerCase()}` : ""}`,
    roles: "Analógiák: rámutatva kiemelhető, kiválasztva hozzáigazítható az idővonal",
    passageSelected: (quote) => `Kiválasztott szövegrész: „${quote}”.`,
    eventSelected: (title, date, episode) => `Kiválasztva: ${title}, ${date}, ${episode}.`,
    heading: "Összehasonlító idővonal",
    skipLinks: {
      label: "Ugrás ide:",
      details: "Ugrás az esemény részleteihez",
      article: "Ugrás a cikkhez",
    },
    controls: {
      timeAxis: "Időtengely",
      modes: { aligned: "Igazított", calendar: "Naptár", sequence: "Sorrend" },
      modeHints: {
        aligned: "Napok a kiválasztott pillanat előtt és után, minden epizódban",
        calendar: "Minden epizód a saját naptára szerint",
        sequence: "Események sorrendben, az analóg pillanatok egy oszlopban",
      },
      dayZero: "A 0. nap:",
      dayZeroOnlyAligned: "Csak az igazított időtengely számol a 0. naptól",
      zoom: "Nagyítás",
      zoomIn: "Közelítés",
      zoomOut: "Távolítás",
      fitAll: "Teljes nézet",
    },
    chart: {
      label: (mode) =>
        `Idővonal, ${mode === "aligned" ? "analógiás szerephez igazítva" : mode === "calendar" ? "minden epizód a saját naptára szerint" : "események sorrendben"}. A nyílbillentyűkkel lehet az események között lépni, az Enter billentyűvel pedig kiválasztani egyet.`,
      noEventInRole: (note) =>
        ` — egyetlen esemény sem tölti be ezt a szerepet${note ? `: ${note}` : ""}`,
      dayZeroBand: (lane, period) => `${lane}: a 0. nap valahol ebben az időszakban van: ${period}`,
      cluster: (count) => `+${formatNumber(count)}`,
      clusterLabel: (count) => `Itt még ${formatNumber(count)} esemény: a lista megnyitása`,
      wheelHint:
        "A görgővel való nagyításhoz kattintson az idővonalra, vagy tartsa lenyomva a Ctrl billentyűt",
      allEpisodesHidden: "Minden epizód el van rejtve.",
      showAllEpisodes: "Minden epizód megjelenítése",
    },
  },

  kinds: {
    trigger: "Kiváltó esemény",
    protest: "Tiltakozás",
    reform: "Reformlépés",
    declaration: "Nyilatkozat",
    negotiation: "Tárgyalás",
    "request-for-intervention": "Beavatkozás kérése",
    intervention: "Beavatkozás",
    withdrawal: "Kivonulás",
    crackdown: "Leverés",
    "leadership-change": "Vezetőváltás",
    casualties: "Áldozatok",
    aftermath: "Következmények",
    "international-reaction": "Nemzetközi reakció",
  },

  certainty: {
    confirmed: "Megerősített",
    approximate: "Hozzávetőleges",
    disputed: "Vitatott",
  },

  verdicts: {
    consistent: "Helytálló",
    imprecise: "Pontatlan",
    contradicted: "Cáfolt",
    unverifiable: "Ellenőrizhetetlen",
  },
};
