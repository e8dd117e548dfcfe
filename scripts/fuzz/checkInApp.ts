import { posix } from "node:path";
import type { Browser, Route } from "playwright-core";
import { type FileContent, MANIFEST } from "./draft";
import type { Failure } from "./failure";
import type { FuzzCase } from "./fuzzCase";
import { POLLUTION_MARK } from "./treeMutations";

/**
 * Each view, the timeline twice as often as the others, and what it draws
 * once loaded; a lesson that cannot be presented leaves the timeline, with a
 * notice that says why.
 */
const VIEWS = [
  ["timeline", "svg.echoes-chart"],
  ["table", ".echoes-table-view"],
  ["timeline", "svg.echoes-chart"],
  ["matrix", ".echoes-matrix-view"],
  ["corrections", ".echoes-corrections-view"],
  ["lesson", ".echoes-presenter, svg.echoes-chart"],
] as const;

/** The view a case opens in: each in turn, so that a case opens in the same one again. */
export function viewOf(fuzzCase: FuzzCase): (typeof VIEWS)[number] {
  const view = VIEWS[fuzzCase.index % VIEWS.length] ?? VIEWS[0];
  return view[0] === "lesson" && fuzzCase.lessonId === undefined ? VIEWS[0] : view;
}

function viewQuery(view: (typeof VIEWS)[number][0], fuzzCase: FuzzCase): string {
  if (view === "timeline") return "";
  if (view === "lesson") return `&lesson=${encodeURIComponent(fuzzCase.lessonId ?? "")}`;
  return `&view=${view}`;
}

// In-page code goes as text: the TypeScript runner would otherwise wrap it in helpers the page lacks.
const pageState = (drawn: string) => `(() => {
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  return {
    text: (document.getElementById("root")?.innerText ?? "").trim().length,
    shown: [...document.querySelectorAll(${JSON.stringify(`${drawn}, .echoes-error`)})].some(visible),
    failedParts: [...document.querySelectorAll(".echoes-failed")].map((part) => part.textContent),
    problems: [...document.querySelectorAll(".echoes-problems li")].map((item) => item.textContent),
    polluted: ${JSON.stringify(POLLUTION_MARK)} in {},
  };
})()`;

interface PageState {
  readonly text: number;
  readonly shown: boolean;
  readonly failedParts: readonly string[];
  readonly problems: readonly string[];
  readonly polluted: boolean;
}

/** Chromium's own line for an answer such as 404, which the app reports as a problem in its place. */
const FAILED_REQUEST = /^Failed to load resource: /;

/** Answers the page's requests for the case's files as a static server would. */
function serveFrom(files: ReadonlyMap<string, FileContent>, prefix: string) {
  return (route: Route) => {
    const path = new URL(route.request().url()).pathname.slice(prefix.length);
    const content = files.get(posix.normalize(decodeURIComponent(path)));
    if (content === undefined) {
      return route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
    }
    return route.fulfill({
      status: 200,
      contentType: /\.csv$/i.test(path) ? "text/csv" : "application/json",
      body: typeof content === "string" ? content : Buffer.from(content),
    });
  };
}

/** What the loaded page shows that it should not, or lacks. */
function judgePage(fuzzCase: FuzzCase, state: PageState): Failure[] {
  const failures: Failure[] = [];
  if (state.text === 0 || !state.shown) {
    failures.push({ kind: "blank page", detail: "neither the view nor the error page is visible" });
  }
  for (const part of state.failedParts) failures.push({ kind: "failed part", detail: part });
  if (fuzzCase.expect === "invalid" && state.problems.length === 0) {
    failures.push({
      kind: "missing problem list",
      detail: "a broken collection, shown without one",
    });
  }
  if (fuzzCase.expect === "valid" && state.problems.length > 0) {
    failures.push({
      kind: "false problem",
      detail: `${state.problems.length} listed for a valid collection, the first: ${state.problems[0]}`,
    });
  }
  if (state.polluted) {
    failures.push({
      kind: "polluted prototype",
      detail: `Object.prototype has "${POLLUTION_MARK}"`,
    });
  }
  return failures;
}

/**
 * Opens one case in the built app, served from its own origin, and says how
 * it failed: an uncaught error or a console error, a page left blank, a part
 * that could not be shown, a broken collection without a list of its
 * problems, or a valid one with problems listed. Each failure names the view.
 */
export async function checkInApp(
  browser: Browser,
  baseUrl: string,
  fuzzCase: FuzzCase,
  timeLimitMs: number,
): Promise<Failure[]> {
  const [view, drawn] = viewOf(fuzzCase);
  // No service worker, which would answer from its cache instead of the routes below.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  const failures: Failure[] = [];
  try {
    const prefix = `/fuzz/${fuzzCase.seed}-${fuzzCase.index}/`;
    await context.route(
      (url) => url.pathname.startsWith(prefix),
      serveFrom(fuzzCase.files, prefix),
    );
    const page = await context.newPage();
    page.on("pageerror", (error) =>
      failures.push({ kind: "uncaught error", detail: error.stack ?? error.message }),
    );
    page.on("console", (message) => {
      if (message.type() === "error" && !FAILED_REQUEST.test(message.text())) {
        failures.push({ kind: "console error", detail: message.text() });
      }
    });
    page.on("crash", () => failures.push({ kind: "blank page", detail: "the page crashed" }));
    const query = viewQuery(view, fuzzCase);
    await page.goto(new URL(`/?collection=${prefix}${MANIFEST}${query}`, baseUrl).href);
    const settled = await Promise.all([
      page
        .locator(`${drawn}, .echoes-error, .echoes-failed`)
        .first()
        .waitFor({ state: "attached", timeout: timeLimitMs }),
      page.locator('main[aria-busy="true"]').waitFor({ state: "detached", timeout: timeLimitMs }),
    ]).then(
      () => true,
      () => false,
    );
    if (settled) {
      // A broken collection's notice loads after the view it sits above.
      if (fuzzCase.expect === "invalid") {
        await page
          .locator(".echoes-problems li")
          .first()
          .waitFor({ timeout: timeLimitMs })
          .catch(() => {});
      } else {
        // Quiet network lets a part that fails late show its notice; a page on a loaded machine
        // that is still fetching at the limit is judged as it stands.
        await page.waitForLoadState("networkidle", { timeout: timeLimitMs }).catch(() => {});
      }
      failures.push(...judgePage(fuzzCase, (await page.evaluate(pageState(drawn))) as PageState));
    } else {
      failures.push({
        kind: "blank page",
        detail: `neither the view nor the error page within ${timeLimitMs / 1000} s`,
      });
    }
  } finally {
    await context.close();
  }
  return failures.map((failure) => ({
    ...failure,
    detail: `in the ${view} view: ${failure.detail}`,
  }));
}
