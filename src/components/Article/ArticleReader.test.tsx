import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { createFixtureStore, createSampleStore } from "../../../tests/support/sampleStore";
import { App } from "../../app/App";
import type { EchoesStore } from "../../store/createEchoesStore";

let store: EchoesStore;

async function renderApp(withStore: EchoesStore = createSampleStore()) {
  store = withStore;
  const rendered = renderWithStore(<App collectionUrl="collection.json" />, store);
  await screen.findByRole("region", { name: "The article" });
  await screen.findByRole("group", { name: /^Timeline/ });
  return rendered;
}

const reader = () => screen.getByRole("region", { name: "The article" });
const chart = () => screen.getByRole("group", { name: /^Timeline/ });
const passage = (name: RegExp) => within(reader()).getByRole("button", { name });

describe("<ArticleReader>", () => {
  beforeEach(async () => {
    await renderApp();
  });

  it("shows the headline, what is known of its source, and its paragraphs as written", () => {
    expect(within(reader()).getByRole("heading", { name: "A sample article" })).toBeVisible();
    expect(reader()).toHaveTextContent("Publisher not known · Date not known");
    expect(reader()).toHaveTextContent("In 1956 Soviet forces invaded Hungary");
    expect(reader()).toHaveTextContent("Soviet tanks rolled into Czechoslovakia in 1968.");
  });

  it("names each linked passage by its words and the events it links to", () => {
    expect(
      passage(
        /^“Soviet forces invaded Hungary”, linked to Second Soviet intervention \(Hungary, 1956\)$/,
      ),
    ).toBeVisible();
  });

  it("lights up a passage's events in the timeline while it is pointed at", async () => {
    await userEvent.hover(passage(/^“Soviet tanks rolled into Czechoslovakia”/));
    expect(store.getState().hoveredPassage).toBe("sample-article/tanks-1968");
    const lit = Array.from(chart().querySelectorAll(".echoes-mark.is-highlighted")).map((mark) =>
      mark.getAttribute("data-ref"),
    );
    expect(lit).toEqual(["prague-1968/invasion"]);
    await userEvent.unhover(passage(/^“Soviet tanks rolled into Czechoslovakia”/));
    expect(chart().querySelectorAll(".echoes-mark.is-highlighted")).toHaveLength(0);
  });

  it("pins a passage on click, selecting its event in the timeline and the details panel", async () => {
    await userEvent.click(passage(/^“Soviet tanks rolled into Czechoslovakia”/));
    expect(store.getState().selectedPassage).toBe("sample-article/tanks-1968");
    expect(store.getState().selectedRef).toBe("prague-1968/invasion");
    expect(passage(/^“Soviet tanks rolled into Czechoslovakia”/)).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(chart()).getByRole("button", { name: /^Warsaw Pact invasion/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(
      await screen.findByRole("complementary", { name: "Warsaw Pact invasion" }),
    ).toBeVisible();
    const announced = await screen.findByText(/Selected: Warsaw Pact invasion/);
    expect(announced.closest('[role="status"]')).not.toBeNull();
  });

  it("is operable by keyboard: Tab reaches a passage, Enter pins it", async () => {
    const target = passage(/^“Soviet forces invaded Hungary”/);
    target.focus();
    expect(store.getState().hoveredPassage).toBe("sample-article/hungary-invaded");
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedRef).toBe("hungary-1956/second-soviet-intervention");
    await userEvent.keyboard(" ");
    expect(store.getState().selectedPassage).toBeUndefined();
  });

  it("highlights every passage linked to the selected event, and links back from the details", async () => {
    fireEvent.click(within(chart()).getByRole("button", { name: /^Warsaw Pact invasion/ }));
    expect(passage(/^“Soviet tanks rolled into Czechoslovakia”/)).toHaveClass("is-linked");
    expect(passage(/^“Soviet forces invaded Hungary”/)).not.toHaveClass("is-linked");
    const details = await screen.findByRole("complementary", { name: "Warsaw Pact invasion" });
    await userEvent.click(within(details).getByRole("button", { name: "Show in the article" }));
    expect(store.getState().selectedPassage).toBe("sample-article/tanks-1968");
    expect(passage(/^“Soviet tanks rolled into Czechoslovakia”/)).toHaveClass("is-pinned");
  });

  it("opens a claim's verdict in words, with its note and sources", async () => {
    const badge = within(reader()).getByRole("button", {
      name: "Consistent claim: show the check",
    });
    expect(badge).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(badge);
    expect(badge).toHaveAttribute("aria-expanded", "true");
    const note = within(reader()).getByRole("note");
    expect(note).toHaveTextContent(
      "Checked: consistent. Soviet forces attacked on 4 November 1956.",
    );
    expect(within(note).getByRole("link", { name: /^Hungarian Revolution/ })).toHaveAttribute(
      "href",
      "https://www.britannica.com/event/Hungarian-Revolution-1956",
    );
    expect(badge).toHaveAttribute("aria-controls", note.id);
  });

  it("shows only the checked claims when asked, each with its check open", async () => {
    await userEvent.click(
      within(reader()).getByRole("checkbox", { name: "Show only the checked claims (1)" }),
    );
    const claims = within(reader()).getAllByRole("listitem");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toHaveTextContent("Soviet forces invaded Hungary");
    expect(claims[0]).toHaveTextContent("Checked: consistent.");
    expect(reader()).not.toHaveTextContent("Soviet tanks rolled into Czechoslovakia");
  });
});

describe("<ArticleReader> with hostile text", () => {
  it("shows markup as characters, runs nothing and makes no javascript: link", async () => {
    const { container } = await renderApp(createFixtureStore("hostile"));
    expect(reader()).toHaveTextContent(`<img src=x onerror="alert('headline')">Headline`);
    expect(reader()).toHaveTextContent("Before <script>alert('paragraph')</script> after");
    expect(passage(/^“<img src=x onerror="alert\('quote'\)">”/)).toBeVisible();
    expect(reader()).toHaveTextContent(`<a href="javascript:alert('note')">click</a>`);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "<b>Hostile</b> collection <script>",
    );
    await userEvent.click(
      within(reader()).getByRole("button", { name: "Consistent claim: show the check" }),
    );
    expect(within(reader()).getByRole("note")).toHaveTextContent("<b>Bold?</b> No: text.");
    expect(container.querySelectorAll("script, img, b, iframe")).toHaveLength(0);
    const hrefs = Array.from(container.querySelectorAll("a")).map(
      (link) => link.getAttribute("href") ?? "",
    );
    // Web addresses, the app's own paths and its in-page skip links only.
    expect(hrefs.filter((href) => !/^https?:|^\/|^#[\w-]+$/.test(href))).toEqual([]);
    // The claim whose only source was javascript: is left out, and the notice says why.
    expect(reader()).not.toHaveTextContent("Contradicted");
    expect(await screen.findByRole("region", { name: /could not be loaded/ })).toHaveTextContent(
      `excerpts[2].check.sources[0].url: "javascript:alert('source')" is not a web address`,
    );
  });
});

describe("<ArticleReader> with several articles", () => {
  it("switches between them with a picker", async () => {
    const collection = {
      formatVersion: 1,
      title: "Sample collection",
      episodes: ["episodes/hungary-1956.json", "episodes/prague-1968.json"],
      analogies: "analogies.json",
      articles: ["articles/sample-article.json", "articles/second.json"],
    };
    const second = {
      formatVersion: 1,
      id: "second",
      title: "A second article",
      publisher: "A publisher",
      published: "1968-08-22",
      paragraphs: ["Tanks in Prague."],
      excerpts: [
        { id: "tanks", paragraph: 0, quote: "Tanks in Prague", events: ["prague-1968/invasion"] },
      ],
    };
    await renderApp(
      createSampleStore({ "collection.json": collection, "articles/second.json": second }),
    );
    const picker = within(reader()).getByRole("combobox", { name: "Article" });
    await userEvent.selectOptions(picker, "A second article");
    expect(within(reader()).getByRole("heading", { name: "A second article" })).toBeVisible();
    expect(reader()).toHaveTextContent("A publisher · 22 August 1968");
    expect(passage(/^“Tanks in Prague”, linked to Warsaw Pact invasion/)).toBeVisible();
  });
});

describe("<ArticleReader> with a passage in the headline", () => {
  it("links and checks the headline's words like a paragraph's, and links the original apart", async () => {
    const collection = {
      formatVersion: 1,
      title: "Sample collection",
      episodes: ["episodes/prague-1968.json"],
      articles: ["articles/headline.json"],
    };
    const article = {
      formatVersion: 1,
      id: "headline",
      title: "Moscow rebuilds its empire: tanks in Prague",
      url: "https://example.org/story",
      paragraphs: ["Tanks in Prague."],
      excerpts: [
        {
          id: "framing",
          paragraph: "headline",
          quote: "Moscow rebuilds its empire",
          events: ["prague-1968/invasion"],
          check: {
            verdict: "contradicted",
            note: "The record says otherwise.",
            sources: [{ title: "A source", publisher: "A publisher", url: "https://example.org" }],
          },
        },
      ],
    };
    await renderApp(
      createSampleStore({ "collection.json": collection, "articles/headline.json": article }),
    );
    const headline = within(reader()).getByRole("heading", { level: 3 });
    expect(headline).toHaveTextContent(/^Moscow rebuilds its empire.*: tanks in Prague$/);
    const framing = within(headline).getByRole("button", { name: /^“Moscow rebuilds its empire”/ });
    await userEvent.click(framing);
    expect(store.getState().selectedPassage).toBe("headline/framing");
    expect(within(headline).getByRole("button", { name: /Contradicted claim/ })).toBeVisible();
    expect(within(reader()).getByRole("link", { name: "Read the original" })).toHaveAttribute(
      "href",
      "https://example.org/story",
    );
  });
});
