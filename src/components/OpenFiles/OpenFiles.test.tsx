import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { FETCH_LIMITS } from "../../data/loading/fetchReader";
import { OpenFiles } from "./OpenFiles";

describe("<OpenFiles>", () => {
  it("refuses a file over the size limit, saying which, and leaves the collection as it was", async () => {
    const { store } = renderWithStore(<OpenFiles curatedHref="/" />);
    const huge = new File([new Uint8Array(FETCH_LIMITS.maxBytes + 1)], "huge.json", {
      type: "application/json",
    });
    await userEvent.upload(screen.getByLabelText("Open your own files…"), huge);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "huge.json: larger than 20 MB, the most Echoes reads",
    );
    expect(store.getState().load.status).toBe("idle");
    expect(screen.queryByRole("link", { name: "Back to the curated collection" })).toBeNull();
  });
});
