import "./openFiles.css";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { FETCH_LIMITS } from "../../data/loading/fetchReader";
import type { ChosenFile } from "../../data/loading/localFiles";
import { APP_TEXT } from "../../i18n/app";
import { useEchoesActions } from "../../store/EchoesProvider";
import { VIEW_PARAMS } from "../../store/viewParams";
import { droppedFiles, pickedFiles } from "./droppedFiles";
import { OPEN_FILES_INPUT_ID } from "./openFilesInput";

const TEXT = APP_TEXT.openFiles;
const MAX_MEGABYTES = Math.round(FETCH_LIMITS.maxBytes / (1024 * 1024));
/** A drag goes on firing `dragover`; this long without one, it has left the page. */
const DRAG_GONE_MS = 200;
const HINT_ID = "echoes-open-files-hint";

/**
 * Opens a collection from the reader's own files, picked or dropped on the
 * page: a manifest with its files, or loose episodes (JSON or CSV). They go
 * through the same checks as the curated collection, which stays one click away.
 */
export function OpenFiles({ curatedHref }: { readonly curatedHref: string }) {
  const { loadFrom } = useEchoesActions();
  const [opened, setOpened] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dragTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [refused, setRefused] = useState<string | undefined>(undefined);

  const open = async (chosen: readonly ChosenFile[]) => {
    if (chosen.length === 0) return;
    const tooLarge = chosen.filter(({ file }) => file.size > FETCH_LIMITS.maxBytes);
    if (tooLarge.length > 0) {
      setRefused(
        TEXT.tooLarge(
          tooLarge.map(({ path }) => path),
          MAX_MEGABYTES,
        ),
      );
      return;
    }
    setRefused(undefined);
    // The address's view belongs to the collection it was made for.
    const address = new URL(window.location.href);
    for (const name of [...VIEW_PARAMS, "collection"]) {
      address.searchParams.delete(name);
    }
    window.history.replaceState(null, "", address.href);
    setOpened(true);
    const names = chosen.map(({ path }) => path);
    await loadFrom(TEXT.source(names), { kind: "files", names }, async () =>
      // Loaded only now, with the validator: the curated collection is checked in a worker.
      (await import("../../data/loading/localFiles")).loadLocalFiles(chosen),
    );
  };

  useEffect(() => {
    // A part of the page that takes files itself (the studio) says so by preventing the default.
    const onDragOver = (event: DragEvent) => {
      if (event.defaultPrevented || !event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      setDragging(true);
      clearTimeout(dragTimer.current);
      dragTimer.current = setTimeout(() => setDragging(false), DRAG_GONE_MS);
    };
    const onDrop = (event: DragEvent) => {
      clearTimeout(dragTimer.current);
      setDragging(false);
      const transfer = event.dataTransfer;
      if (event.defaultPrevented || !transfer?.files.length) return;
      event.preventDefault();
      // A dropped folder is read through, so that its files keep their folders.
      void droppedFiles(transfer).then(open);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  });

  return (
    <div className="echoes-open-files">
      <label htmlFor={OPEN_FILES_INPUT_ID} className="echoes-button" title={TEXT.hint}>
        {TEXT.open}
      </label>
      <input
        id={OPEN_FILES_INPUT_ID}
        aria-describedby={HINT_ID}
        className="echoes-visually-hidden"
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          void open(pickedFiles(event.target.files ?? []));
          event.target.value = "";
        }}
      />
      <span id={HINT_ID} className="echoes-visually-hidden">
        {TEXT.hint}
      </span>
      {dragging ? (
        <div className="echoes-drop-zone" aria-hidden="true">
          <p className="echoes-drop-zone__title">{APP_TEXT.dropHere}</p>
          <p>{APP_TEXT.dropHint}</p>
        </div>
      ) : null}
      {opened ? <a href={curatedHref}>{TEXT.backToCurated}</a> : null}
      {refused ? <p role="alert">{refused}</p> : null}
    </div>
  );
}
