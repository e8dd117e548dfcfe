import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../tests/support/fixtureReader";
import { renderWithStore } from "../../tests/support/renderWithStore";
import { createSampleStore } from "../../tests/support/sampleStore";
import { App } from "./App";

function renderApp(overrides: Record<string, unknown> = {}, curatedAppHref?: string) {
  return renderWithStore(
    <App collectionUrl="collection.json" {...(curatedAppHref ? { curatedAppHref } : {})} />,
    createSampleStore(overrides),
  );
}

/** Opens the list of all events, which starts closed, and waits for its code to load. */
async function openAllEvents() {
  await userEvent.click(await screen.findByText(/^All events, by episode/));
  await screen.findAllByRole("article");
}

describe("<App>", () => {
  it("says it is loading, then shows the collection's title", async () => {
    renderApp();
    expect(screen.getByRole("status")).toHaveTextContent("Loading the collection…");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Sample collection" }),
    ).toBeVisible();
    expect(screen.queryByText("Loading the collection…")).not.toBeInTheDocument();
  });

  it("lists every event, episode by episode, once the list is opened", async () => {
    renderApp();
    const summary = await screen.findByText(/^All events, by episode \(\d+\)$/);
    const total = Number(/\((\d+)\)/.exec(summary.textContent ?? "")?.[1]);
    const list = summary.closest("details");
    expect(list).not.toHaveAttribute("open");
    expect(screen.queryAllByRole("article")).toEqual([]);
    await openAllEvents();
    expect(list).toHaveAttribute("open");
    expect(total).toBeGreaterThan(2);
    expect(screen.getAllByRole("article")).toHaveLength(total);
  });

  it("shows each episode with its events in date order, dates at their precision", async () => {
    renderApp();
    await openAllEvents();
    const hungary = await screen.findByRole("region", { name: "The Hungarian Revolution of 1956" });
    const events = within(hungary).getAllByRole("article");
    // The file lists 4 November before 23 October; the page must not.
    expect(events.map((event) => within(event).getByRole("heading").textContent)).toEqual([
      "Student demonstration in Budapest",
      "Second Soviet intervention",
    ]);
    expect(within(events[0] as HTMLElement).getByText("23 October 1956")).toHaveAttribute(
      "datetime",
      "1956-10-23",
    );
  });

  it("shows a time of day as local time, spans, figures as ranges and the certainty note", async () => {
    renderApp();
    await openAllEvents();
    const invasion = await screen.findByRole("article", { name: "Warsaw Pact invasion" });
    expect(within(invasion).getByText(/20 August 1968 at 23:00/)).toHaveAttribute(
      "datetime",
      "1968-08-20T23:00",
    );
    expect(invasion).toHaveTextContent("local time");
    expect(invasion).toHaveTextContent("250,000–500,000 soldiers");
    expect(invasion).toHaveTextContent(
      "Approximate: The hour the first units crossed is given differently.",
    );
  });

  it("links every source, opening in a new tab", async () => {
    renderApp();
    await openAllEvents();
    const event = await screen.findByRole("article", { name: "Dubček becomes First Secretary" });
    const link = within(event).getByRole("link", {
      // jsdom drops the space that Chromium keeps in the name.
      name: /^Prague Spring\s?\(opens in a new tab\)$/,
    });
    expect(link).toHaveAttribute("href", "https://www.britannica.com/event/Prague-Spring");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("shows the valid episodes and a notice listing what was skipped, which can be dismissed", async () => {
    const prague = readSampleJson("episodes/prague-1968.json") as any;
    prague.events[1].date = "1968-13-01";
    renderApp({ "episodes/hungary-1956.json": "{ broken", "episodes/prague-1968.json": prague });

    const notice = await screen.findByRole("region", {
      name: /Part of this collection could not be loaded/,
    });
    await openAllEvents();
    expect(notice).toHaveTextContent(
      "episodes/hungary-1956.json: is not valid JSON: line 1, column 3",
    );
    expect(notice).toHaveTextContent(
      'episodes/prague-1968.json: events[1].date: "1968-13-01" is not a date (month 13) Left out: event "invasion".',
    );
    expect(screen.getByRole("region", { name: /Prague Spring/ })).toBeVisible();
    expect(screen.queryByRole("region", { name: /Hungarian Revolution/ })).not.toBeInTheDocument();
    expect(screen.getByRole("article", { name: "Dubček becomes First Secretary" })).toBeVisible();

    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("region", { name: /could not be loaded/ })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: /Prague Spring/ })).toBeVisible();
  });

  it("shows an error page, not a blank screen, when the collection cannot be loaded", async () => {
    renderApp({ "collection.json": null }, "/");
    const error = await screen.findByRole("region", {
      name: "This collection could not be loaded",
    });
    expect(error).toHaveTextContent("collection.json: could not be read (HTTP 404)");
    expect(
      within(error).getByRole("link", { name: "Open the curated collection instead" }),
    ).toHaveAttribute("href", "/");
  });

  it("renders markup in the data as text", async () => {
    const hungary = readSampleJson("episodes/hungary-1956.json") as any;
    hungary.events[0].title = '<img src=x onerror="alert(1)">Attack';
    hungary.events[0].sources[0].title = "<script>alert(1)</script>";
    const { container } = renderApp({ "episodes/hungary-1956.json": hungary });
    await openAllEvents();
    expect(
      await screen.findByRole("heading", { name: '<img src=x onerror="alert(1)">Attack' }),
    ).toBeVisible();
    expect(screen.getByText("<script>alert(1)</script>")).toBeVisible();
    expect(container.querySelector("img, script")).toBeNull();
  });
});
