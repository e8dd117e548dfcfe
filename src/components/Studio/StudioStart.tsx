import { type ChangeEvent, useId, useState } from "react";
import { errorMessage } from "../../data/format/problem";
import { currentLocale } from "../../i18n/locale";
import { STUDIO_TEXT } from "../../i18n/studio";
import type { Started } from "../../studio/startFrom";
import { startBlank } from "../../studio/startFrom";
import { droppedFiles, pickedFiles } from "../OpenFiles/droppedFiles";
import { selectProjects, useStudio, useStudioActions } from "./StudioContext";
import { startFromAddress, startFromChosen } from "./startProject";

const TEXT = STUDIO_TEXT.start;

const savedWhen = (ms: number) =>
  new Intl.DateTimeFormat(currentLocale(), { dateStyle: "medium", timeStyle: "short" }).format(ms);

export interface StudioStartProps {
  /** The collection being read, which a project may begin as a copy of. */
  readonly collectionUrl: string;
  readonly collectionTitle: string;
}

/** Where a project begins: nothing, a copy of the collection being read, or the author's files; and the projects kept here. */
export function StudioStart({ collectionUrl, collectionTitle }: StudioStartProps) {
  const { start, openProject, remove } = useStudioActions();
  const projects = useStudio(selectProjects);
  const [name, setName] = useState(TEXT.defaultName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const nameId = useId();
  const filesId = useId();

  const begin = async (starting: () => Promise<Started> | Started) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await start(await starting());
    } catch (error) {
      setFailure(TEXT.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  };
  const projectName = () => name.trim() || TEXT.defaultName;
  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = pickedFiles(event.target.files ?? []);
    event.target.value = "";
    if (chosen.length > 0) void begin(() => startFromChosen(projectName(), chosen));
  };

  return (
    // Files dropped here start a project, rather than opening in the reader's timeline.
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's way; Open files… is the keyboard's
    <div
      className="echoes-studio-start"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.files.length) return;
        event.preventDefault();
        const transfer = event.dataTransfer;
        void droppedFiles(transfer).then((chosen) => {
          if (chosen.length > 0) void begin(() => startFromChosen(projectName(), chosen));
        });
      }}
    >
      <div className="echoes-studio-start__about">
        <p>{STUDIO_TEXT.intro}</p>
        <p>{STUDIO_TEXT.privacy}</p>
      </div>
      <section aria-labelledby="echoes-studio-start">
        <h3 id="echoes-studio-start" className="echoes-studio__subheading">
          {TEXT.heading}
        </h3>
        <div className="echoes-studio-field">
          <label htmlFor={nameId}>{TEXT.name}</label>
          <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <ul className="echoes-studio-start__ways">
          <li>
            <button
              type="button"
              className="echoes-button"
              disabled={busy}
              onClick={() => void begin(() => startBlank(projectName()))}
            >
              {TEXT.blank}
            </button>
            <span>{TEXT.blankHint}</span>
          </li>
          <li>
            <button
              type="button"
              className="echoes-button"
              disabled={busy}
              onClick={() =>
                void begin(() =>
                  startFromAddress(
                    name.trim() === TEXT.defaultName
                      ? TEXT.copyName(collectionTitle)
                      : projectName(),
                    collectionUrl,
                  ),
                )
              }
            >
              {TEXT.copy}
            </button>
            <span>{TEXT.copyHint}</span>
          </li>
          <li>
            <label htmlFor={filesId} className="echoes-button">
              {TEXT.files}
            </label>
            <input
              id={filesId}
              className="echoes-visually-hidden"
              type="file"
              multiple
              accept=".json,.csv,.zip,application/json,text/csv,application/zip"
              disabled={busy}
              onChange={onFiles}
            />
            <span>{TEXT.filesHint}</span>
          </li>
        </ul>
        {busy ? (
          <p role="status" className="echoes-loading">
            {TEXT.loading}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" className="echoes-studio__failure">
            {failure}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="echoes-studio-projects">
        <h3 id="echoes-studio-projects" className="echoes-studio__subheading">
          {STUDIO_TEXT.projects.heading}
        </h3>
        {projects.length === 0 ? (
          <p>{STUDIO_TEXT.projects.none}</p>
        ) : (
          <ul className="echoes-studio-start__projects">
            {projects.map((project) => (
              <li key={project.id}>
                <button
                  type="button"
                  className="echoes-link-button"
                  aria-label={STUDIO_TEXT.projects.open(project.name)}
                  onClick={() => void openProject(project.id)}
                >
                  {project.name}
                </button>{" "}
                <span className="echoes-studio-start__when">
                  {STUDIO_TEXT.projects.updated(savedWhen(project.updatedMs))}
                  {project.readOnly ? `, ${STUDIO_TEXT.projects.readOnly}` : ""}
                </span>{" "}
                <button
                  type="button"
                  className="echoes-button echoes-button--quiet"
                  aria-label={STUDIO_TEXT.projects.remove(project.name)}
                  onClick={() => {
                    if (window.confirm(STUDIO_TEXT.projects.confirmRemove(project.name))) {
                      void remove(project.id);
                    }
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
