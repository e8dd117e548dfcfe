import { HEADLINE } from "../../data/format/excerptPlace";
import type { Catalog } from "../catalog";
import { formatList, formatNumber, pluralCategory } from "../locale";

const MINUS = "\u2212";

/** The form of a noun after a count: 1 událost, 2 události, 5 událostí; 1,5 události ("many"). */
const forms = (count: number, one: string, few: string, other: string, many = few) => {
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

/** A count with its noun in the right form: "3 události". */
const counted = (count: number, one: string, few: string, other: string, many = few) =>
  `${formatNumber(count)} ${forms(count, one, few, other, many)}`;

/** "+1 000", "−3" with a true minus sign, or "0". */
const signed = (value: number) =>
  value === 0 ? "0" : `${value < 0 ? MINUS : "+"}${formatNumber(Math.abs(value))}`;

/** A day offset for the lesson editor: "+3", "-2" or "0", as the English writes it. */
const signedDays = (days: number) => (days > 0 ? `+${formatNumber(days)}` : formatNumber(days));

const events = (count: number) => counted(count, "událost", "události", "událostí");
const problems = (count: number) => counted(count, "problém", "problémy", "problémů", "problému");

/** Beyond this many files, the rest are counted rather than named. */
const NAMED_FILES = 3;

/** A source's fields wherever the Studio edits a list of sources. */
const STUDIO_SOURCES: Catalog["studioSources"] = {
  source: (index) => `Zdroj ${formatNumber(index + 1)}`,
  sourceTitle: "Název",
  sourcePublisher: "Vydavatel",
  sourceUrl: "Webová adresa",
  sourceLocator: "Místo ve zdroji",
  addSource: "Přidat zdroj",
  removeSource: (index) => `Odebrat zdroj ${formatNumber(index + 1)}`,
};

const ID_HINT = "Malá písmena a číslice spojené spojovníky, např.";

/** The interface in Czech. */
export const CS: Catalog = {
  app: {
    brand: "Echoes",
    heading: "Historické epizody vedle sebe",
    pageTitle: "Echoes: historické epizody vedle sebe",
    skipToTable: "Přeskočit na tabulku událostí",
    views: "Zobrazení",
    pages: {
      timeline: "Časová osa",
      matrix: "Matice analogií",
      table: "Tabulka událostí",
      corrections: "Opravy",
      studio: "Vytvořit vlastní",
    },
    pagesShort: {
      timeline: "Osa",
      matrix: "Matice",
      table: "Tabulka",
      corrections: "Opravy",
      studio: "Tvořit",
    },
    loadingView: "Načítání…",
    article: "Článek",
    allEvents: (count) => `Všechny události podle epizod (${formatNumber(count)})`,
    episodeEvents: (episode) => `Události epizody ${episode} podle data`,
    openFiles: {
      open: "Otevřít vlastní soubory…",
      hint: "nebo je přetáhněte na stránku: sbírku s jejími soubory, nebo epizody ve formátu JSON či CSV",
      backToCurated: "Zpět na kurátorovanou sbírku",
      tooLarge: (files, megabytes) =>
        `${files.join(", ")}: větší než ${formatNumber(megabytes, "megabyte")}, což je nejvíc, co Echoes načte`,
      source: (files) => `vaše soubory (${files.join(", ")})`,
    },
    dropHere: "Pusťte soubory sem a otevřou se",
    dropHint:
      "Sbírka s jejími soubory, nebo epizody ve formátu JSON či CSV. Nic neopustí tento počítač.",
  },

  article: {
    heading: "Článek",
    picker: "Vybrat článek",
    sourceLine: (author, publisher, date) =>
      [
        author ? `Autor: ${author}` : undefined,
        publisher ?? "Vydavatel neznámý",
        date ?? "Datum neznámé",
      ]
        .filter(Boolean)
        .join(" · "),
    original: "Číst originál",
    claimsOnly: (count) => `Zobrazit jen ověřená tvrzení (${formatNumber(count)})`,
    passage: (text, links) =>
      `„${text}“, ${
        links.length > 0
          ? `propojeno s: ${links.map(({ event, episode }) => `${event} (${episode})`).join("; ")}`
          : "tvrzení bez propojené události"
      }`,
    verdictButton: (verdict, open) => `${verdict} tvrzení: ${open ? "skrýt" : "zobrazit"} ověření`,
    checked: (verdict) => `Ověřeno: ${verdict.toLowerCase()}.`,
    sources: "Zdroje:",
  },

  axis: {
    day: (days) => `den ${signed(days)}`,
    hours: (hours) => `${signed(hours)} h`,
    weeks: (weeks) => `${signed(weeks)} ${forms(weeks, "týden", "týdny", "týdnů", "týdne")}`,
    months: (months) => `${signed(months)} ${forms(months, "měsíc", "měsíce", "měsíců", "měsíce")}`,
    years: (years) => `${signed(years)} ${forms(years, "rok", "roky", "let", "roku")}`,
    step: (step) => `krok ${formatNumber(step)}`,
    dayZeroCaption:
      "Den 0 je okamžik, kdy začala kotevní událost dané epizody: její hodina, pokud ji zdroje uvádějí, jinak začátek jejího dne. Hodiny a dny se počítají od něj.",
  },

  clusterList: {
    label: (count) => `Zde sloučeno: ${events(count)}`,
    separate: "Přiblížit a rozdělit",
    close: "Zavřít",
  },

  corrections: {
    heading: "Opravy",
    intro:
      "Co tato sbírka kdysi uváděla chybně, co uvádí nyní a zdroje, o které se změna opírá, od nejnovějších. Vyberte událost nebo pasáž a uvidíte ji v současné podobě.",
    empty: "V této sbírce nebylo nic opraveno.",
    wrong: "Původní znění",
    now: "Současné znění",
    sources: "Zdroje",
    events: "Události",
    passages: "Pasáže článků",
    roles: "Role analogie",
    event: (episode, title, date) => `${episode}: ${title} (${date})`,
    passage: (quote, article) => `„${quote}“ (${article})`,
    corrected: (date) => `Opraveno ${date}`,
    correctedLink: (date) => `Opraveno ${date}: přečíst opravu`,
  },

  embed: {
    heading: "Echoes",
    attribution: "Echoes: historické epizody vedle sebe, každá událost se svými zdroji.",
    openInEchoes: "Otevřít v Echoes",
    panes: { label: "Časová osa, nebo článek", timeline: "Časová osa", article: "Článek" },
  },

  embedDialog: {
    heading: "Vložit toto zobrazení na web",
    width: "Šířka vašeho sloupce v pixelech (pro náhled)",
    height: "Výška v pixelech",
    compact: "Kompaktní, pro sloupec článku",
    showArticle: "Zobrazit článek",
    theme: "Vzhled",
    themes: { "": "Podle nastavení čtenáře", light: "Světlý", dark: "Tmavý" },
    language: "Jazyk",
    readersLanguage: "Jazyk prohlížeče každého čtenáře",
    about: {
      heading: "V této velikosti",
      alone: (width) =>
        `Při šířce ${width} px zabírá časová osa celou šířku; podrobnosti vybrané události se otevřou přes graf.`,
      switched: (width) =>
        `Při šířce ${width} px se článek otevře s přepínačem Časová osa / Článek nad grafem; výběr pasáže přepne zpět na časovou osu s vyznačenými událostmi.`,
      beside: (width) =>
        `Při šířce ${width} px je článek vedle časové osy a posouvá se samostatně; podrobnosti vybrané události se otevřou přes graf.`,
      compact:
        "Kompaktní: časová osa, den 0 a přiblížení na jednom řádku, bez tlačítek Kopírovat odkaz a Stáhnout; odkaz Otevřít v Echoes pod grafem vede do plné aplikace.",
      short: (height) =>
        `Při výšce ${height} px se ovládací prvky zúží na jeden nebo dva řádky, bez tlačítek Kopírovat odkaz a Stáhnout.`,
      full: "Tlačítka Kopírovat odkaz a Stáhnout pod ovládacími prvky.",
      roomy: (height, fromWidth) =>
        `Při výšce ${height} px má graf ve sloupci širokém ${fromWidth} px a více všechny obvyklé řádky, bez posuvníku uvnitř rámce.`,
      cramped: (height) =>
        `Při výšce ${height} px graf ukáže méně řádků na epizodu (více +N), aby se vešel; se skriptem se rámec zvětšuje, dokud nejsou vidět všechny řádky.`,
      narrowColumn: (fromWidth) =>
        `Ve sloupci užším než ${fromWidth} px mohou ovládací prvky zabrat další řádek: se skriptem se rámec zvětší, aby se vše vešlo; bez něj graf ubere řádky.`,
    },
    code: "Kód pro vaši stránku",
    copy: "Kopírovat kód",
    copied: "Kód zkopírován",
    close: "Zavřít",
    note: "Se skriptem má rámec takovou výšku, jakou jeho obsah potřebuje; výška zadaná výše je výchozí a bez skriptu se nemění.",
    preview: "Náhled vloženého obsahu",
    frameTitle: (title) => `Echoes: ${title}`,
  },

  event: {
    localTime: "místního času",
    certaintyNote: (certainty) => `${certainty}:`,
    sources: "Zdroje",
    opensInNewTab: "\u00a0(otevře se na nové kartě)",
  },

  filters: {
    kinds: "Druhy událostí",
    episodes: "Epizody",
    moveUp: (episode) => `Posunout nahoru: ${episode}`,
    moveDown: (episode) => `Posunout dolů: ${episode}`,
  },

  image: {
    modes: {
      aligned: "Dny před a po",
      calendar: "Každá epizoda ve vlastním kalendáři",
      sequence: "Události v pořadí",
    },
    alignedOn: (role) => `Dny před a po okamžiku „${role.toLowerCase()}“ (den 0)`,
    sources: (publishers) => `Zdroje zobrazených událostí: ${publishers.join("; ")}.`,
    madeWith: (origin) => `Vytvořeno v Echoes: ${origin}`,
    cannotDraw: "Tento prohlížeč neumí obrázek vykreslit.",
    noPng: "Soubor PNG nebyl vytvořen.",
  },

  language: {
    label: "Jazyk",
    contentIn: (language) => `Jazyk této sbírky: ${language}.`,
  },

  lesson: {
    presenter: "Lekce",
    progress: (stop, count) => `Zastávka ${formatNumber(stop)} z ${formatNumber(count)}`,
    previous: "Předchozí",
    next: "Další",
    fullScreen: "Celá obrazovka",
    leaveFullScreen: "Ukončit celou obrazovku",
    exit: "Ukončit lekci",
    discuss: "K diskusi",
    articleSays: "Článek uvádí",
    evidence: (count) =>
      pluralCategory(count) === "one"
        ? "Událost, o kterou se tato zastávka opírá, s jejími zdroji"
        : `${events(count)}, o které se tato zastávka opírá, s jejich zdroji`,
    keys: "Mezi zastávkami se přechází šipkami a klávesami Page Up a Page Down (prezentačním ovladačem).",
    finished: "Toto je poslední zastávka.",
    adjustView: "Upravit zobrazení",
    showDetails: (title) => `Podrobnosti: ${title}`,
    hideDetails: "Skrýt podrobnosti",
  },

  lessonLauncher: {
    heading: "Lekce",
    present: (title) => `Prezentovat lekci „${title}“`,
    presentShort: "Prezentovat lekci",
    presentTitle: (title) => ` „${title}“`,
    stops: (count) => counted(count, "zastávka", "zastávky", "zastávek"),
    print: "Vytisknout pracovní listy…",
    printLabel: (title) => `Vytisknout pracovní listy… k lekci „${title}“`,
  },

  link: {
    mode: (shown) => `${shown} není časová osa (očekáváno aligned, calendar nebo sequence)`,
    role: (shown) => `role analogie ${shown} v této sbírce není`,
    kind: (shown) => `${shown} není druh události`,
    episode: (shown) => `epizoda ${shown} v této sbírce není`,
    passage: (shown) => `pasáž článku ${shown} v této sbírce není`,
    event: (shown) => `událost ${shown} v této sbírce není`,
    view: (shown) =>
      `${shown} není zobrazení (očekáváno timeline, matrix, table, corrections nebo studio)`,
    lesson: (shown) => `lekce ${shown} v této sbírce není`,
    stop: (shown, stops) =>
      `lekce nemá zastávku ${shown} (očekáváno 1 až ${stops}), proto začíná od první`,
    zoom: (shown) => `${shown} není platné přiblížení (očekáváno měřítko a posun, např. „2,-0.5“)`,
    zoomBeyond: (shown, expected) =>
      `přiblížení ${shown} je mimo rozsah, který graf dovoluje (očekáváno ${expected})`,
    language: (shown, expected) =>
      `jazyk ${shown} Echoes neumí (očekáváno ${expected}), proto je stránka v jazyce prohlížeče`,
  },

  matrix: {
    heading: "Analogie role po roli",
    intro:
      "Každý řádek je role, kterou události ve srovnání hrají; každý sloupec je epizoda. Poslední dva sloupce uvádějí, co je v daném řádku podobné a co se liší. Vyberte událost a uvidíte ji na časové ose, zarovnanou podle jejího řádku.",
    caption: "Matice analogií: role v řádcích, epizody ve sloupcích",
    role: "Role analogie",
    alike: "Co je podobné",
    differs: "Co se liší",
    nothingAlike: "Nic podobného nezaznamenáno.",
    notInRole: "Pro tuto roli není zaznamenána žádná událost.",
    showEvent: (title, episode) => `${title} (${episode}): zobrazit na časové ose`,
  },

  newVersion: {
    ready: "Je k dispozici nová verze Echoes.",
    reload: "Znovu načíst a použít",
  },

  notices: {
    failed: "Tuto sbírku se nepodařilo načíst",
    triedToLoad: ["Aplikace Echoes se pokusila načíst", "a zjistila:"],
    validateHint: [
      "Pokud jste autorem, příkaz",
      "npm run validate",
      "vypíše stejné problémy na příkazovém řádku.",
    ],
    openCurated: "Otevřít místo toho kurátorovanou sbírku",
    partlyLoaded: (count) => `Část této sbírky se nepodařilo načíst (${problems(count)})`,
    restShown: "Vše ostatní je zobrazeno. Soubory je třeba opravit na uvedených místech:",
    notes: (count) =>
      `${
        pluralCategory(count) === "one"
          ? "Poznámka"
          : counted(count, "poznámka", "poznámky", "poznámek", "poznámky")
      } k načtení této sbírky`,
    allShown: "Vše je zobrazeno; stojí za to vědět:",
    leftOut: (what) => `Vynecháno: ${what}.`,
    linkNotRestored: "Část zobrazení z tohoto odkazu se nepodařilo obnovit",
    nearestView: "Místo toho je ukázáno nejbližší možné zobrazení:",
    dismiss: "Zavřít",
  },

  origin: {
    from: "Zdroj:",
    files: (names) =>
      names.length === 1
        ? `váš soubor ${names[0]}`
        : names.length <= NAMED_FILES
          ? `vaše soubory ${formatList(names)}`
          : `vaše soubory ${formatList([
              ...names.slice(0, NAMED_FILES),
              `${formatNumber(names.length - NAMED_FILES)} další`,
            ])}`,
    onThisSite: "na tomto webu",
    notCurated: "nejde o kurátorovanou sbírku Echoes",
  },

  overview: {
    title:
      "Přehled všech událostí, vyšší tam, kde jich je hodně; kliknutím nebo tažením posunete viditelné okno",
    window: "Viditelná část časové osy",
    position: (shownPercent, centrePercent) =>
      `Zobrazeno ${formatNumber(shownPercent, "percent")} časové osy, střed na ${formatNumber(centrePercent, "percent")}`,
    laneRange: (episode, from, to) =>
      from === to ? `${episode}: ${from}` : `${episode}: ${from} až ${to}`,
  },

  emptyView: {
    message: "V tomto časovém úseku nejsou žádné události.",
    showNearest: "Přejít na nejbližší události",
    fitAll: "Zobrazit všechny události",
  },

  print: {
    caption: (count) => `Zobrazené události (${formatNumber(count)}) s jejich zdroji`,
    columns: { episode: "Epizoda", date: "Datum", event: "Událost", sources: "Zdroje" },
    kind: (kind) => `(${kind.toLowerCase()})`,
    source: (title, publisher, locator, site) =>
      `${title}, ${publisher}${locator ? `, ${locator}` : ""}${site ? ` (${site})` : ""}`,
    titleAndSite: (title, site) => (site ? `${title} (${site})` : title),
    modes: {
      aligned: "Dny před dnem 0 a po něm",
      calendar: "Každá epizoda ve vlastním kalendáři",
      sequence: "Události v pořadí",
    },
    alignedOn: (role) => `Dny před a po okamžiku „${role.toLowerCase()}“ (den 0)`,
    chartLabel: (view) => `Časová osa: ${view}`,
    folded: (episode, count) =>
      `${episode}: ještě ${events(count)} v zobrazeném úseku, nevykresleno pro nedostatek místa`,
    foldedCounts: (lanes) =>
      `Také v zobrazeném úseku, ale nevykresleno pro nedostatek místa: ${lanes
        .map(([episode, count]) => `${episode}, ${events(count)}`)
        .join("; ")}.`,
    lesson: {
      dialogTitle: (lesson) => `Tisk lekce „${lesson}“`,
      classHandout: "Vytisknout pracovní list pro třídu",
      classHandoutHelp: (stops) =>
        `Pro každého žáka: ${counted(stops, "zastávka", "zastávky", "zastávek")}, každá s časovou osou, s událostmi, o které se opírá, a jejich zdroji a s otázkou a místem na odpověď.`,
      teacherSheet: "Vytisknout list pro učitele",
      teacherSheetHelp: (claims) =>
        `Pro učitele: ${counted(claims, "ověřené tvrzení", "ověřená tvrzení", "ověřených tvrzení", "ověřeného tvrzení")} z článku, každé s verdiktem, s tím, co uvádějí zdroje, a se zdroji.`,
      close: "Zavřít",
    },
    handout: {
      title: (lesson) => `Lekce: ${lesson}`,
      name: "Jméno:",
      stop: (stop, count, title) =>
        `Zastávka ${formatNumber(stop)} z ${formatNumber(count)}: ${title}`,
      articleSays: "Článek uvádí:",
      evidence: "Události, o které se tato zastávka opírá",
      otherSources: (count) =>
        `(a ${counted(count, "další zdroj", "další zdroje", "dalších zdrojů", "dalšího zdroje")})`,
      question: "Otázka",
    },
    sheet: {
      title: (lesson) => `List pro učitele: ${lesson}`,
      intro:
        "Tvrzení z článku, citovaná doslova, každé s verdiktem ověření podle zdrojů, s tím, co uvádějí zdroje, a se zdroji.",
      claims: (article) => `Ověřená tvrzení v článku „${article}“`,
      columns: {
        claim: "Tvrzení",
        verdict: "Verdikt",
        check: "Co uvádějí zdroje",
        sources: "Zdroje",
      },
      paragraph: (place) =>
        place === HEADLINE ? "titulek" : `odstavec ${formatNumber(place + 1)}`,
      noSources: "Nenalezen žádný zdroj.",
    },
  },

  share: {
    copyLink: "Kopírovat odkaz",
    linkCopied: "Odkaz na toto zobrazení zkopírován",
    copyByHand: "Zkopírujte tento odkaz:",
    embed: "Vložit na web…",
    downloadSvg: "Stáhnout SVG",
    downloadPng: "Stáhnout PNG",
    exportFailed: (reason) => `Obrázek se nepodařilo vytvořit: ${reason}`,
    shareMenu: "Sdílet",
    phoneMenu: "Nabídka",
    print: "Vytisknout časovou osu",
    sections: { view: "Zobrazení", share: "Sdílet a uložit", more: "Další" },
    loading: "Načítání…",
  },

  statement: {
    evidence: "Doklady:",
    episode: (label) => `(${label})`,
  },

  status: {
    loadingCollection: "Načítání sbírky…",
    offline: "Jste offline. Echoes zobrazuje kopii uloženou v tomto zařízení.",
    failed: (part) => `Nepodařilo se zobrazit: ${part}.`,
    tryAgain: "Zkusit znovu",
    reload: "Znovu načíst stránku",
    startAgain: "Začít znovu od výchozího zobrazení",
  },

  studio: {
    heading: "Studio: vytvořte si vlastní srovnání",
    intro:
      "Sestavte si vlastní srovnání: epizody a jejich události, okamžiky, které je spojují, článek s ověřenými tvrzeními a lekci, kterou s ním provedete třídu. Každá změna se kontroluje stejně jako kurátorovaná sbírka a časová osa vedle editoru ji průběžně ukazuje.",
    privacy: "Vaše projekty se ukládají průběžně a jen v tomto prohlížeči; nic se nikam nenahrává.",
    start: {
      heading: "Začít projekt",
      name: "Název projektu",
      defaultName: "Moje srovnání",
      blank: "Začít od nuly",
      blankHint: "Prázdná sbírka: přidejte epizody, které chcete porovnat.",
      copy: "Zkopírovat tuto sbírku",
      copyHint: "Sbírka, kterou právě čtete, k rozšíření nebo úpravám; původní zůstane beze změny.",
      copyName: (title) => `Kopie: ${title}`,
      files: "Otevřít soubory…",
      filesHint:
        "Soubory sbírky (collection.json s jejími epizodami, články a lekcemi), jejich archiv ZIP, nebo tabulka (CSV) jedné epizody; případně je sem přetáhněte.",
      loading: "Otevírání…",
      failed: (message) => `Projekt se nepodařilo založit: ${message}`,
    },
    projects: {
      heading: "Vaše projekty v tomto prohlížeči",
      none: "Zatím žádné.",
      open: (name) => `Otevřít projekt ${name}`,
      remove: (name) => `Smazat projekt ${name}`,
      confirmRemove: (name) =>
        `Smazat projekt „${name}“ z tohoto prohlížeče? Tuto akci nelze vrátit zpět.`,
      updated: (when) => `uloženo ${when}`,
      readOnly: "sdíleno s vámi, jen pro čtení",
    },
    bar: {
      name: "Projekt",
      undo: "Zpět",
      redo: "Znovu",
      allProjects: "Všechny projekty",
      saving: "Ukládání…",
      saved: "Uloženo v tomto prohlížeči",
      saveFailed: (message) => `Neuloženo: ${message}`,
      readOnly:
        "Toto srovnání s vámi někdo sdílel, a proto se otevírá jen pro čtení. Chcete-li ho měnit, vytvořte si kopii; originál zůstane tak, jak byl odeslán.",
      copy: "Vytvořit kopii k úpravám",
      copyName: (name) => `${name} (moje kopie)`,
    },
    out: {
      heading: "Export",
      zip: "Stáhnout soubory (ZIP)",
      csv: "Stáhnout každou epizodu jako CSV",
      csvLeft: (file, fields) =>
        `${file}: tabulka nemá sloupec pro ${fields}; archiv ZIP tyto údaje zachová.`,
      share: "Vytvořit odkaz ke sdílení",
      shareLabel: "Odkaz ke sdílení",
      copied: "Zkopírováno",
      copyLink: "Kopírovat odkaz",
      addCsv: "Přidat epizodu z tabulky (CSV)…",
      addCsvHint:
        "Přidá epizodu z tabulky vedle stávajících; žádnou nenahradí. Přidá se i tabulka přetažená do Studia.",
      dropOnlyCsv:
        "Do otevřeného projektu lze přetáhnout jen tabulky (CSV) s epizodami; chcete-li začít z jiných souborů, založte nový projekt v části Všechny projekty.",
    },
    sections: {
      label: "Části sbírky",
      collection: "Sbírka",
      episodes: "Epizody a události",
      roles: "Analogie",
      article: "Článek",
      lessons: "Lekce",
    },
    collection: {
      title: "Název",
      description: "Popis",
      addEpisode: "Přidat epizodu",
      episodeId: "ID",
      episodeTitle: "Název",
      episodeLabel: "Krátký štítek",
      episodeSummary: "Shrnutí",
      addEpisodeFailed: (message) => `Epizoda nebyla přidána: ${message}`,
      language: "Jazyk textu",
      languageHint:
        'Jazykový kód BCP 47, např. "en", "hu", "cs", "ru" nebo "kk": čtečky obrazovky čtenářů v něm sbírku přečtou.',
    },
    checks: {
      heading: "Kontroly",
      none: "Žádné problémy: sbírka je platná a připravená ke sdílení.",
      count: (count) =>
        `${problems(count)} (stejnými slovy jako npm run validate); chybné údaje zůstávají tak, jak byly zadány, dokud je neopravíte.`,
      started: "Co se ze souborů nepodařilo převzít",
      checking: "Kontrola…",
      goTo: (field) => `Přejít na: ${field}`,
    },
    preview: {
      heading: "Časová osa, jak bude vykreslena",
      empty: "Časová osa se zde zobrazí, jakmile bude mít některá epizoda platnou událost.",
    },
    shared: {
      opened: "Z odkazu bylo otevřeno sdílené srovnání.",
      failed: (message) => `Sdílený odkaz se nepodařilo otevřít: ${message}`,
    },
  },

  studioAnalogy: {
    ...STUDIO_SOURCES,
    heading: "Role analogie",
    intro:
      "Role staví epizody vedle sebe: události v každé z nich, které hrají stejnou roli, co je podobné a kde srovnání přestává platit.",
    newRole: "Nová role",
    id: "ID",
    idHint: `${ID_HINT} „vstup-vojsk“`,
    label: "Název",
    labelHint: "Jak ho uvidí čtenáři, např. Vstup vojsk",
    description: "Význam",
    descriptionHint: "Věta o tom, co musí událost splňovat, aby hrála tuto roli",
    addRole: "Přidat roli",
    noRoles: "Zatím žádná role. Přidejte ji a zarovnejte podle ní epizody.",
    noEpisodes: "Nejprve přidejte epizodu s událostmi: každá role uvádí události, které ji hrají.",
    roleHeading: (label) => `Role „${label}“`,
    removeRole: (label) => `Odebrat roli „${label}“`,
    members: "Události, které ji hrají",
    membersHint: "Pro každou epizodu událost nebo události, které hrají tuto roli.",
    addMember: (episode) => `Přidat událost z epizody ${episode}`,
    chooseEvent: "Vyberte událost…",
    noMember: "Zatím v této roli není.",
    removeEvent: (event, episode) => `Vyjmout z role událost ${event} (epizoda ${episode})`,
    removeMember: (episode) => `Vyjmout z role epizodu ${episode}`,
    anchor: "Den 0",
    anchorHint:
      "Událost, podle které se časová osa zarovná; není-li zvolena, ta s nejpřesnějším datem",
    anchorNone: "Ta s nejpřesnějším datem",
    note: "Poznámka",
    noteHint: "Povinná, když roli nehraje žádná událost: uveďte proč",
    alike: "Podobnosti",
    alikeHint: "Co mají epizody v této roli společného.",
    differs: "Rozdíly",
    differsHint:
      "Kde srovnání přestává platit: alespoň jeden rozdíl. Srovnání, které neříká, kde selhává, je zavádějící.",
    noStatements: "Zatím žádné.",
    statement: (list, index) => `${list}, výrok ${formatNumber(index + 1)}`,
    evidence: "Doklady",
    evidenceHint: "Události, které výrok dokládají; více jich vyberete s klávesou Ctrl nebo Cmd",
    newStatement: (list) => `Nový výrok: ${list.toLowerCase()}`,
    addStatement: (list) => `Přidat výrok (${list.toLowerCase()})`,
    removeStatement: (list, index) =>
      `Odebrat výrok ${formatNumber(index + 1)} (${list.toLowerCase()})`,
    unknownEvent: (ref) => `${ref} (nenalezeno)`,
    sources: "Zdroje výroků",
    sourcesHint: "Nepovinné: kde si čtenář může ověřit, co je podobné a co se liší",
  },

  studioArticle: {
    ...STUDIO_SOURCES,
    heading: "Články",
    intro:
      "Článek, který analogii použil: jeho text doslova a úryvky z něj propojené s událostmi, o nichž mluví, každý s ověřením svého tvrzení.",
    noArticles: "Zatím žádný článek.",
    newArticle: "Nový článek",
    id: "ID",
    idHint: `${ID_HINT} „ozveny-minulosti“`,
    title: "Titulek",
    titleHint: "Jak byl otištěn",
    publisher: "Médium",
    author: "Autor",
    published: "Vydáno",
    publishedHint: "Den, např. 2022-01-07; jen pokud ho můžete doložit",
    url: "Webová adresa",
    urlHint: "Začíná https://; jen pokud ji můžete doložit",
    editorialNote: "Redakční poznámka",
    editorialNoteHint: "Co bylo ze stránky vynecháno, např. reklamy a odkazy na jiné články",
    text: "Text, doslova",
    textHint: "Vložte článek: každý řádek je odstavec; prázdné řádky se vynechají.",
    addArticle: "Přidat článek",
    articleHeading: (title) => `Článek: ${title}`,
    removeArticle: (title) => `Odebrat článek „${title}“`,
    theText: "Znění článku",
    theTextHint:
      "Označte slova v titulku nebo v jednom odstavci, nebo je vložte do pole Citace, a vytvořte z nich úryvek.",
    headline: "Titulek",
    paragraph: (index) => `Odstavec ${formatNumber(index + 1)}`,
    replaceText: "Nahradit text",
    replaceTextHint:
      "Každý řádek je odstavec. Úryvky si ponechají svá slova: úryvek, jehož slova už v jeho odstavci nejsou, bude označen.",
    applyText: "Použít tento text",
    selected: (quote) => `Vybráno: „${quote}“`,
    nothingSelected: "V textu není nic vybráno.",
    quote: "Citace",
    quoteHint: "Nebo sem vložte přesná slova: se stejnými velkými písmeny i interpunkcí",
    excerptId: "ID úryvku",
    excerptIdHint: "Když zůstane prázdné, vytvoří se ze slov",
    makeExcerpt: "Vytvořit úryvek",
    nothingChosen: "Nejprve označte slova v textu, nebo je vložte do pole Citace.",
    notFound: (quote) =>
      `„${quote}“ se doslova nevyskytuje v titulku ani v žádném odstavci: je třeba stejná slova, velká písmena i interpunkce`,
    excerpts: "Úryvky",
    noExcerpts: "Zatím žádný úryvek.",
    excerptHeading: (id) => `Úryvek ${id}`,
    excerptPlace: (place) => `Umístění: ${place}`,
    events: "Události, o nichž mluví",
    eventsHint: "Podle epizod; více jich vyberete s klávesou Ctrl nebo Cmd",
    unknownEvent: (ref) => `${ref} (nenalezeno)`,
    check: "Ověření tvrzení",
    verdict: "Verdikt",
    verdictHint:
      "Posuzujte slova tak, jak jsou napsána: nepřesné je věcně správné, ale nesedí v datu, čísle nebo slově",
    noCheck: "Bez ověření",
    note: "Co ukazují záznamy",
    noteHint: "A čím se liší od tvrzení",
    sources: "Zdroje",
    sourcesHint: "Každý verdikt kromě neověřitelného potřebuje alespoň jeden",
    removeExcerpt: (id) => `Odebrat úryvek ${id}`,
  },

  studioEvents: {
    episodeHeading: "Epizoda",
    episodeFields: { id: "ID", title: "Název", label: "Štítek", summary: "Shrnutí" },
    episodeHints: {
      id: `${ID_HINT} „praha-1968“`,
      label: "Krátce místo a období, např. „Československo, 1968“",
    },
    fileProblems: "Problémy celého souboru",
    caption: (episode, count) => `Události epizody ${episode}: ${events(count)}`,
    keys: "Klávesa Tab přesouvá mezi buňkami; šipky nahoru a dolů přejdou na řádek výše nebo níže a Enter na další řádek, přičemž za posledním přidá událost. Řádky zkopírované z tabulkového procesoru vyplní buňky od té, do které je vložíte. Data: YYYY, YYYY-MM, YYYY-MM-DD nebo YYYY-MM-DDTHH:MM.",
    readOnlyKeys: "Tento projekt je jen pro čtení: chcete-li upravit jeho události, zkopírujte ho.",
    columns: {
      id: "ID",
      date: "Datum",
      endDate: "Datum konce",
      title: "Název",
      summary: "Shrnutí",
      kind: "Druh",
      certainty: "Jistota",
      place: "Místo",
      sourceTitle: "Název zdroje",
      sourcePublisher: "Vydavatel zdroje",
      sourceUrl: "Adresa zdroje",
    },
    actions: "Akce",
    eventName: (position, title) =>
      title.trim() === ""
        ? `událost ${formatNumber(position)}`
        : `událost ${formatNumber(position)}, ${title.trim()}`,
    cell: (column, event) => `${column}, ${event}`,
    chooseKind: "Vyberte druh",
    addEvent: "Přidat událost",
    noEvents: "Zatím žádné události: přidejte první.",
    moveUp: (event) => `Posunout nahoru: ${event}`,
    moveDown: (event) => `Posunout dolů: ${event}`,
    remove: (event) => `Smazat: ${event}`,
    details: "Podrobnosti",
    detailsOf: (event, count) =>
      count === 0 ? `Podrobnosti: ${event}` : `Podrobnosti: ${event} (${problems(count)})`,
    problemsInDetails: problems,
    detailsHeading: (event) => `Podrobnosti: ${event}`,
    otherProblems: "Problémy této události",
    significance: "Význam",
    noSignificance: "Neuvedeno",
    significanceChoice: (value) =>
      value === 1 ? "1 (vedlejší)" : value === 5 ? "5 (zásadní)" : formatNumber(value),
    certaintyNote: "Poznámka k jistotě",
    certaintyNoteHint: "Co je nejisté nebo sporné; povinné, pokud jistota není potvrzená",
    people: "Osoby",
    peopleHint: "Zúčastněné osoby, strany, státy nebo síly",
    person: (position) => `Osoba ${formatNumber(position)}`,
    addPerson: "Přidat osobu",
    removePerson: (position) => `Odebrat osobu ${formatNumber(position)}`,
    figures: "Číselné údaje",
    figure: (position) => `Údaj ${formatNumber(position)}`,
    figureLabel: "Co se počítá",
    figureFrom: "Číslo, nebo nejnižší",
    figureTo: "Nejvyšší, u rozpětí",
    figureValueHint: "Jen číslice, např. 250000; u jediného čísla nechte nejvyšší prázdné",
    figureUnit: "Jednotka",
    figureNote: "Poznámka",
    addFigure: "Přidat údaj",
    removeFigure: (position) => `Odebrat údaj ${formatNumber(position)}`,
    sources: "Zdroje",
    figureSources: (position) => `Zdroje údaje ${formatNumber(position)}`,
    source: (position) => `Zdroj ${formatNumber(position)}`,
    sourceTitle: "Název",
    sourcePublisher: "Vydavatel",
    sourceUrl: "Adresa",
    sourceLocator: "Místo ve zdroji",
    addSource: "Přidat zdroj",
    removeSource: (position) => `Odebrat zdroj ${formatNumber(position)}`,
  },

  studioLessons: {
    heading: "Lekce",
    intro:
      "Lekce provede třídu sbírkou zastávku po zastávce. Nastavte časovou osu vedle editoru tak, jak ji má třída vidět, a pak z ní přidejte zastávku.",
    noLessons: "Zatím žádná lekce.",
    newLesson: "Nová lekce",
    id: "ID",
    idHint: `${ID_HINT} „overeni-analogie“`,
    title: "Název",
    summary: "Shrnutí",
    summaryHint: "Co bude třída dělat, v jedné nebo dvou větách",
    addLesson: "Přidat lekci",
    lessonHeading: (title) => `Lekce: ${title}`,
    removeLesson: (title) => `Odebrat lekci „${title}“`,
    stops: "Zastávky",
    noStops: "Zatím žádná zastávka: lekce potřebuje alespoň jednu.",
    stopHeading: (index, title) => `Zastávka ${formatNumber(index + 1)}: ${title}`,
    stopId: "ID zastávky",
    stopIdHint: "Když zůstane prázdné, vytvoří se z názvu",
    stopTitle: "Název",
    stopText: "Text zastávky",
    stopTextHint: "Několik krátkých vět, každá podložená událostmi v poli Doklady",
    question: "Otázka",
    questionHint: "K diskusi ve třídě",
    evidence: "Doklady",
    evidenceHint:
      "Události, které dokládají každý výrok textu: alespoň jedna; více jich vyberete s klávesou Ctrl nebo Cmd",
    unknownEvent: (ref) => `${ref} (nenalezeno)`,
    passage: "Vybraná pasáž",
    passageHint: "Pasáž článku, která se na této zastávce zobrazí místo události",
    noPassage: "Žádná",
    view: "Co ukazuje časová osa",
    viewTerms: {
      mode: "Režim",
      role: "Zarovnáno podle",
      window: "Zobrazené dny",
      selected: "Vybráno",
    },
    modes: { aligned: "Zarovnaná", calendar: "Kalendář", sequence: "Pořadí" },
    defaultRole: "Výchozí role sbírky",
    window: (from, to) =>
      `${signedDays(from)} až ${signedDays(to)} ${forms(to, "den", "dny", "dní", "dne")} od dne 0`,
    selectedEvent: (title) => `Událost ${title}`,
    selectedPassage: (quote) => `Pasáž „${quote}“`,
    nothingSelected: "Nic",
    useCurrentView: "Použít aktuální zobrazení časové osy",
    moveUp: (index) => `Posunout zastávku ${formatNumber(index + 1)} nahoru`,
    moveDown: (index) => `Posunout zastávku ${formatNumber(index + 1)} dolů`,
    removeStop: (index) => `Odebrat zastávku ${formatNumber(index + 1)}`,
    newStop: "Nová zastávka",
    newStopHint:
      "Zastávka převezme to, co právě ukazuje časová osa vedle editoru: režim, roli, zobrazené dny a výběr.",
    addStop: "Přidat zastávku z aktuálního zobrazení časové osy",
  },

  studioSources: STUDIO_SOURCES,

  table: {
    heading: "Tabulka událostí",
    intro:
      "Všechny události sbírky v tabulce: textový protějšek časové osy. Zobrazené druhy a epizody odpovídají časové ose; když zde vyberete událost, vybere se i tam.",
    search: "Hledat události",
    searchHint: "Slova v názvu, shrnutí, místě, osobách nebo zdrojích",
    caption: (shown, total) =>
      shown === total
        ? `Všechny události (${formatNumber(total)})`
        : `Zobrazeno ${formatNumber(shown)} z ${formatNumber(total)} ${forms(total, "události", "událostí", "událostí", "události")}`,
    columns: {
      episode: "Epizoda",
      date: "Datum",
      title: "Událost",
      kind: "Druh",
      certainty: "Jistota",
      sources: "Zdroje",
    },
    sortBy: (column) => `Seřadit podle sloupce ${column}`,
    showOnTimeline: "Zobrazit na časové ose",
    noRows: "Žádná událost neodpovídá. Zobrazte více druhů nebo epizod, nebo změňte hledaná slova.",
  },

  theme: {
    label: "Vzhled",
    options: { system: "Podle systému", light: "Světlý", dark: "Tmavý" },
  },

  timeline: {
    details: {
      label: "Podrobnosti události",
      nothingSelected:
        "Vyberte událost na časové ose a přečtěte si její podrobnosti, zdroje a srovnání.",
      loading: "Načítání události…",
      close: "Zavřít",
      actors: "Aktéři:",
      role: (role) => `Analogie: ${role}`,
      noMatch: (episode, note) =>
        `${episode}: tuto roli nehraje žádná událost${note ? `. ${note}` : "."}`,
      match: (episode, title, date) => `${episode}: ${title} (${date})`,
      alike: "Podobné",
      differs: "Odlišné",
      inArticle: "V článku",
      quote: (text) => `„${text}“`,
      passageSource: (article, verdict) =>
        verdict ? `${article} · Ověřeno: ${verdict.toLowerCase()}` : article,
      showInArticle: "Zobrazit v článku",
    },
    markName: (title, date, kind, certainty) =>
      `${title}, ${date}, ${kind.toLowerCase()}${certainty ? `, ${certainty.toLowerCase()}` : ""}`,
    roles: "Analogie: najetím ji zvýrazníte, výběrem podle ní zarovnáte osu",
    passageSelected: (quote) => `Vybrána pasáž: „${quote}“.`,
    eventSelected: (title, date, episode) => `Vybráno: ${title}, ${date}, ${episode}.`,
    heading: "Srovnávací časová osa",
    skipLinks: {
      label: "Přeskočit na",
      details: "Přeskočit na podrobnosti události",
      article: "Přeskočit na článek",
    },
    controls: {
      timeAxis: "Časová osa",
      modes: { aligned: "Zarovnaná", calendar: "Kalendář", sequence: "Pořadí" },
      modeHints: {
        aligned: "Dny před zvoleným okamžikem a po něm, ve všech epizodách",
        calendar: "Každá epizoda ve vlastním kalendáři",
        sequence: "Události v pořadí, obdobné okamžiky v jednom sloupci",
      },
      dayZero: "Den 0 je",
      dayZeroOnlyAligned: "Od dne 0 počítá jen zarovnaná osa",
      zoom: "Přiblížení",
      zoomIn: "Přiblížit",
      zoomOut: "Oddálit",
      fitAll: "Zobrazit vše",
    },
    chart: {
      label: (mode) =>
        `Časová osa, ${mode === "aligned" ? "zarovnaná podle role analogie" : mode === "calendar" ? "každá epizoda ve vlastním kalendáři" : "události v pořadí"}. Mezi událostmi se pohybujte šipkami, klávesou Enter událost vyberete.`,
      noEventInRole: (note) => ` — tuto roli nehraje žádná událost${note ? `: ${note}` : ""}`,
      dayZeroBand: (lane, period) =>
        `${lane}: den 0 připadá na blíže neurčený den v období ${period}`,
      cluster: (count) => `+${formatNumber(count)}`,
      clusterLabel: (count) => `Zde ještě ${events(count)}: otevřít seznam`,
      wheelHint: "Klikněte na časovou osu nebo podržte Ctrl a přibližujte kolečkem myši",
      allEpisodesHidden: "Všechny epizody jsou skryté.",
      showAllEpisodes: "Zobrazit všechny epizody",
    },
  },

  kinds: {
    trigger: "Spouštěč",
    protest: "Protestní akce",
    reform: "Reforma",
    declaration: "Prohlášení",
    negotiation: "Jednání",
    "request-for-intervention": "Žádost o intervenci",
    intervention: "Intervence",
    withdrawal: "Stažení",
    crackdown: "Represe",
    "leadership-change": "Změna vedení",
    casualties: "Oběti",
    aftermath: "Důsledky",
    "international-reaction": "Mezinárodní reakce",
  },

  certainty: {
    confirmed: "Potvrzené",
    approximate: "Přibližné",
    disputed: "Sporné",
  },

  verdicts: {
    consistent: "Konzistentní",
    imprecise: "Nepřesné",
    contradicted: "Vyvrácené",
    unverifiable: "Neověřitelné",
  },
};
