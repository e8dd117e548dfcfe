import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import EmbedDialog from "./EmbedDialog";

// jsdom has no modal dialogs: opening one only marks it open.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
    this.open = true;
  });
});
afterEach(() => {
  Reflect.deleteProperty(HTMLDialogElement.prototype, "showModal");
});

function openDialog() {
  render(<EmbedDialog title="Three episodes" onClose={() => {}} />);
  const dialog = screen.getByRole("dialog", { name: "Embed this view" });
  const about = () =>
    within(dialog)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
      .join(" ");
  const field = (name: string) => within(dialog).getByRole("spinbutton", { name });
  const check = (name: string) => fireEvent.click(within(dialog).getByRole("checkbox", { name }));
  const code = () =>
    (within(dialog).getByRole("textbox", { name: "Code for your page" }) as HTMLTextAreaElement)
      .value;
  return { about, field, check, code };
}

const WIDTH = "Width of your column in pixels (for the preview)";
const HEIGHT = "Height in pixels";

describe("<EmbedDialog>", () => {
  it("offers a compact embed for a 640 px column by default, at a height it fits", () => {
    const { about, field, code } = openDialog();
    expect(field(WIDTH)).toHaveValue(640);
    expect(field(HEIGHT)).toHaveValue(860);
    expect(about()).toContain("At 640 px wide the timeline takes the full width");
    expect(about()).toContain("without Copy link or Download buttons");
    expect(about()).toContain("At 860 px tall the chart has all its usual rows");
    const address = new URL(/src="([^"]+)"/.exec(code())?.[1]?.replace(/&amp;/g, "&") ?? "");
    expect(address.searchParams.has("compact")).toBe(true);
    expect(address.searchParams.get("article")).toBe("off");
    expect(code()).toContain("height: 860px");
  });

  it("says what the article does at the chosen width", () => {
    const { about, field, check, code } = openDialog();
    check("Show the article");
    expect(about()).toContain("At 640 px wide the article opens with a Timeline / Article switch");
    expect(field(HEIGHT)).toHaveValue(900);
    expect(code()).not.toContain("article=off");

    fireEvent.change(field(WIDTH), { target: { value: "1000" } });
    expect(about()).toContain("At 1000 px wide the article sits beside the timeline");
    expect(about()).not.toContain("switch");

    check("Show the article");
    expect(about()).toContain("At 1000 px wide the timeline takes the full width");
  });

  it("says what the controls and the chart do at the chosen height", () => {
    const { about, field, check, code } = openDialog();
    check("Compact, for an article's column");
    expect(about()).toContain("Copy link and Download buttons under the controls.");
    expect(field(HEIGHT)).toHaveValue(960);
    expect(code()).not.toContain("compact");

    fireEvent.change(field(HEIGHT), { target: { value: "500" } });
    expect(about()).toContain("At 500 px tall the controls shrink to one or two rows");
    expect(about()).toContain("At 500 px tall the chart shows fewer rows per lane");
    expect(code()).toContain("height: 500px");
    // A height typed stays as the options change.
    check("Compact, for an article's column");
    expect(field(HEIGHT)).toHaveValue(500);

    fireEvent.change(field(WIDTH), { target: { value: "400" } });
    expect(about()).toContain("In a column narrower than 640 px the controls may take another row");
  });

  it("keeps the address's language in the code, or leaves each reader's own", () => {
    window.history.replaceState(null, "", "/?lang=hu&mode=calendar");
    const { code } = openDialog();
    const dialog = screen.getByRole("dialog", { name: "Embed this view" });
    const language = within(dialog).getByRole("combobox", { name: "Language" });
    expect((language as HTMLSelectElement).value).toBe("hu");
    expect(code()).toMatch(/[?&]lang=hu/);
    fireEvent.change(language, { target: { value: "" } });
    expect(code()).not.toMatch(/lang=/);
    expect(code()).toMatch(/mode=calendar/);
    fireEvent.change(language, { target: { value: "kk" } });
    expect(code()).toMatch(/[?&]lang=kk/);
    window.history.replaceState(null, "", "/");
  });
});
