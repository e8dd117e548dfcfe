import { useEffect, useId, useState } from "react";
import { STUDIO_TEXT } from "../../i18n/studio";
import { canRedo, canUndo } from "../../studio/history";
import { selectOpen, selectSave, useStudio, useStudioActions } from "./StudioContext";

const TEXT = STUDIO_TEXT.bar;

/** Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, anywhere in the Studio but in another app's field. */
function useUndoKeys(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const wantsRedo = (key === "z" && event.shiftKey) || key === "y";
      if (key !== "z" && !wantsRedo) return;
      // The Studio's undo takes back whole edits; the field's own would fight it.
      event.preventDefault();
      if (wantsRedo) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);
}

/** The open project: its name, undo and redo, whether it is saved, and the way back to the list. */
export function ProjectBar() {
  const open = useStudio(selectOpen);
  const save = useStudio(selectSave);
  const { edit, settle, undo, redo, closeProject, copyOpen } = useStudioActions();
  const nameId = useId();
  const [copying, setCopying] = useState(false);
  useUndoKeys(undo, redo);
  if (!open) return null;
  const draft = open.history.present;
  return (
    <div className="echoes-studio-bar">
      <div className="echoes-studio-field echoes-studio-bar__name">
        <label htmlFor={nameId}>{TEXT.name}</label>
        <input
          id={nameId}
          value={draft.name}
          readOnly={open.readOnly}
          onChange={(event) => edit({ ...draft, name: event.target.value }, "project#name")}
          onBlur={settle}
        />
      </div>
      <div className="echoes-studio-bar__actions">
        <button
          type="button"
          className="echoes-button"
          disabled={!canUndo(open.history)}
          aria-keyshortcuts="Control+Z"
          onClick={undo}
        >
          {TEXT.undo}
        </button>
        <button
          type="button"
          className="echoes-button"
          disabled={!canRedo(open.history)}
          aria-keyshortcuts="Control+Shift+Z"
          onClick={redo}
        >
          {TEXT.redo}
        </button>
        <button type="button" className="echoes-button" onClick={closeProject}>
          {TEXT.allProjects}
        </button>
        {open.readOnly ? null : (
          <span className="echoes-studio-bar__saved" role="status">
            {save.status === "saving"
              ? TEXT.saving
              : save.status === "saved"
                ? TEXT.saved
                : TEXT.saveFailed(save.message)}
          </span>
        )}
      </div>
      {open.readOnly ? (
        <div className="echoes-studio-bar__read-only" role="note">
          <p>{TEXT.readOnly}</p>
          <button
            type="button"
            className="echoes-button"
            disabled={copying}
            onClick={() => {
              setCopying(true);
              void copyOpen(TEXT.copyName(draft.name)).finally(() => setCopying(false));
            }}
          >
            {TEXT.copy}
          </button>
        </div>
      ) : null}
    </div>
  );
}
