import { type ChangeEvent, useEffect, useId, useState } from "react";
import { FETCH_LIMITS } from "../../data/fetchReader";
import { APP_TEXT } from "../../i18n/app";
import type { EchoesState } from "../../store/createEchoesStore";
import { useEchoes } from "../../store/EchoesProvider";
import { VIEW_PARAMS } from "../../store/viewParams";

const selectLoadFrom = (state: EchoesState) => state.loadFrom;
const TEXT = APP_TEXT.openFiles;
const MAX_MEGABYTES = Math.round(FETCH_LIMITS.maxBytes / (1024 * 1024));

/**
 * Opens a collection from the reader's own files, picked or dropped on the
 * page: a manifest with its files, or loose episodes (JSON or CSV). They go
 * through the same checks as the curated collection, which stays one click away.
 */
export function OpenFiles({ curatedHref }: { readonly curatedHref: string }) {
  const loadFrom = useEchoes(selectLoadFrom);
  const inputId = useId();
  const [opened, setOpened] = useState(false);
  const [refused, setRefused] = useState<string | undefined>(undefined);

  const open = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    const tooLarge = chosen.filter((file) => file.size > FETCH_LIMITS.maxBytes);
    if (tooLarge.length > 0) {
      setRefused(
        TEXT.tooLarge(
          tooLarge.map((file) => file.name),
          MAX_MEGABYTES,
        ),
      );
      return;
    }
    setRefused(undefined);
    // The address's view belongs to the collection it was made for.
    const address = new URL(window.location.href);
    for (const name of [...Object.values(VIEW_PARAMS), "collection"]) {
      address.searchParams.delete(name);
    }
    window.history.replaceState(null, "", address.href);
    setOpened(true);
    await loadFrom(TEXT.source(chosen.map((file) => file.name)), async () =>
      // Loaded only now, with the validator: the curated collection is checked in a worker.
      (await import("../../data/localFiles")).loadLocalFiles(chosen),
    );
  };

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      void open([...event.dataTransfer.files]);
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
      <label htmlFor={inputId} className="echoes-button">
        {TEXT.open}
      </label>
      <input
        id={inputId}
        className="echoes-visually-hidden"
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          void open([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      <span className="echoes-open-files__hint">{TEXT.hint}</span>
      {opened ? <a href={curatedHref}>{TEXT.backToCurated}</a> : null}
      {refused ? <p role="alert">{refused}</p> : null}
    </div>
  );
}
