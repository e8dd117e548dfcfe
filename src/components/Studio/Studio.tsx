import "./studio.css";
import { useEffect, useId, useState } from "react";
import { errorMessage, formatProblem } from "../../data/format/problem";
import { STUDIO_TEXT } from "../../i18n/studio";
import { type Draft, getField, listedFiles } from "../../studio/draft";
import { openProjectStore } from "../../studio/projectStore";
import { fromShareFragment, SHARE_FIELD } from "../../studio/shareLink";
import { ArticleEditor } from "./ArticleEditor";
import { CollectionEditor } from "./CollectionEditor";
import { EpisodeEditor } from "./EpisodeEditor";
import { LessonsEditor } from "./LessonsEditor";
import { ProblemList } from "./ProblemList";
import { ProjectBar } from "./ProjectBar";
import { RolesEditor } from "./RolesEditor";
import {
  StudioProvider,
  selectOpen,
  selectStartProblems,
  useStudio,
  useStudioActions,
} from "./StudioContext";
import { currentViewOf, StudioPreview, usePreviewStore } from "./StudioPreview";
import { StudioStart } from "./StudioStart";
import { addSheetFile } from "./startProject";
import { createStudioStore, type StudioStore } from "./studioStore";
import { TakeOut } from "./TakeOut";
import { useDraftCheck } from "./useDraftCheck";

/** An episode as the author knows it: its title, else its file. */
function episodeName(draft: Draft, file: string): string {
  const title = getField(draft, file, "title");
  return typeof title === "string" && title.trim() !== "" ? title : file;
}

const SECTIONS = ["collection", "episodes", "roles", "article", "lessons"] as const;
type Section = (typeof SECTIONS)[number];

/** A draft shared in the address (`#draft=…`), taken out of it so that a reload does not open it twice. */
function takeSharedDraft(): string | undefined {
  const fragment = window.location.hash.slice(1);
  if (!fragment.startsWith(`${SHARE_FIELD}=`)) return undefined;
  const address = new URL(window.location.href);
  address.hash = "";
  window.history.replaceState(window.history.state, "", address.href);
  return fragment;
}

/** The open project: what is wrong with it, its parts to edit, and the timeline it makes. */
function OpenProjectView() {
  const open = useStudio(selectOpen);
  const startProblems = useStudio(selectStartProblems);
  const { edit, settle } = useStudioActions();
  const draft = open?.history.present;
  const { problems, collection, checking } = useDraftCheck(draft);
  const previewStore = usePreviewStore();
  const [section, setSection] = useState<Section>("collection");
  const [episodeFile, setEpisodeFile] = useState<string>();
  const [dropFailure, setDropFailure] = useState<string>();
  const episodeChoiceId = useId();
  if (!open || !draft) return null;

  // Spreadsheets dropped on an open project join it as episodes, in one step of undo; other files
  // belong to a new project, and are not taken from here into the reader's timeline either.
  const onDrop = async (files: readonly File[]) => {
    if (open.readOnly) return;
    if (!files.every((file) => /\.csv$/i.test(file.name))) {
      setDropFailure(STUDIO_TEXT.out.dropOnlyCsv);
      return;
    }
    let next = draft;
    for (const file of files) {
      const added = await addSheetFile(next, file);
      if ("refused" in added) {
        setDropFailure(STUDIO_TEXT.collection.addEpisodeFailed(formatProblem(added.refused)));
        return;
      }
      next = added.draft;
    }
    setDropFailure(undefined);
    edit(next);
    setEpisodeFile(listedFiles(next, "episode").at(-1));
    setSection("episodes");
  };

  const episodes = listedFiles(draft, "episode").filter((file) => Object.hasOwn(draft.files, file));
  const shownEpisode = episodeFile && episodes.includes(episodeFile) ? episodeFile : episodes[0];
  const editor = { draft, problems, onEdit: edit, onSettle: settle, readOnly: open.readOnly };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's way; the Collection part's file button is the keyboard's
    <div
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.files.length) return;
        event.preventDefault();
        void onDrop([...event.dataTransfer.files]);
      }}
    >
      <ProjectBar />
      {dropFailure ? (
        <p role="alert" className="echoes-studio__failure">
          {dropFailure}
        </p>
      ) : null}
      <div className="echoes-studio__body">
        <div className="echoes-studio__editor">
          <ProblemList problems={problems} startProblems={startProblems} checking={checking} />
          <nav className="echoes-studio__sections" aria-label={STUDIO_TEXT.sections.label}>
            <ul>
              {SECTIONS.map((candidate) => (
                <li key={candidate}>
                  <button
                    type="button"
                    className="echoes-views__tab"
                    aria-current={candidate === section ? "true" : undefined}
                    onClick={() => setSection(candidate)}
                  >
                    {STUDIO_TEXT.sections[candidate]}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="echoes-studio__section">
            {section === "collection" ? (
              <CollectionEditor
                {...editor}
                onEpisodeAdded={(file) => {
                  setEpisodeFile(file);
                  setSection("episodes");
                }}
              />
            ) : section === "episodes" ? (
              shownEpisode ? (
                <>
                  {episodes.length > 1 ? (
                    <div className="echoes-studio-field">
                      <label htmlFor={episodeChoiceId}>{STUDIO_TEXT.sections.episodes}</label>
                      <select
                        id={episodeChoiceId}
                        value={shownEpisode}
                        onChange={(event) => setEpisodeFile(event.target.value)}
                      >
                        {episodes.map((file) => (
                          <option key={file} value={file}>
                            {episodeName(draft, file)}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : null}
                  <EpisodeEditor key={shownEpisode} {...editor} file={shownEpisode} />
                </>
              ) : (
                <p>{STUDIO_TEXT.preview.empty}</p>
              )
            ) : section === "roles" ? (
              <RolesEditor {...editor} />
            ) : section === "article" ? (
              <ArticleEditor {...editor} />
            ) : (
              <LessonsEditor {...editor} currentView={() => currentViewOf(previewStore)} />
            )}
          </div>
          <TakeOut draft={draft} />
        </div>
        <StudioPreview collection={collection} store={previewStore} />
      </div>
    </div>
  );
}

function StudioPages(props: StudioProps) {
  const open = useStudio(selectOpen);
  return open ? <OpenProjectView /> : <StudioStart {...props} />;
}

/**
 * Opens the projects saved in this browser, and the draft a share link carries (read-only until
 * copied), or else the project last saved, so that a reload comes back to the work.
 */
function useOpening(store: StudioStore | undefined) {
  const [notice, setNotice] = useState<{ kind: "opened" | "failed"; text: string }>();
  useEffect(() => {
    if (!store) return;
    const { refresh, start, openProject } = store.getState();
    const shared = takeSharedDraft();
    void (async () => {
      await refresh();
      if (shared !== undefined) {
        const read = fromShareFragment(shared);
        if (read.ok) {
          await start({ draft: read.draft, problems: [] }, { readOnly: true });
          setNotice({ kind: "opened", text: STUDIO_TEXT.shared.opened });
          return;
        }
        setNotice({ kind: "failed", text: STUDIO_TEXT.shared.failed(read.error) });
      }
      const [latest] = store.getState().projects;
      if (latest) await openProject(latest.id);
    })().catch((error: unknown) =>
      setNotice({ kind: "failed", text: STUDIO_TEXT.shared.failed(errorMessage(error)) }),
    );
  }, [store]);
  return notice;
}

/** Saves what waits to be saved when the page is hidden or left: a reload or a closed tab keeps the last edit. */
function useSavedOnLeaving(store: StudioStore | undefined) {
  useEffect(() => {
    if (!store) return;
    const flush = () => {
      if (document.visibilityState === "hidden") void store.getState().flush();
    };
    const leave = () => void store.getState().flush();
    document.addEventListener("visibilitychange", flush);
    window.addEventListener("pagehide", leave);
    return () => {
      document.removeEventListener("visibilitychange", flush);
      window.removeEventListener("pagehide", leave);
    };
  }, [store]);
}

export interface StudioProps {
  /** The collection being read, which the author may copy to begin from. */
  readonly collectionUrl: string;
  readonly collectionTitle: string;
}

/** The Studio: build a comparison of your own in the browser, checked as the curated one is. */
export function Studio(props: StudioProps) {
  const [store, setStore] = useState<StudioStore>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let current = true;
    let close = () => {};
    openProjectStore().then(
      (projects) => {
        close = () => projects.close();
        if (current) setStore(createStudioStore(projects));
        else close();
      },
      (error: unknown) => setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
      close();
    };
  }, []);
  const notice = useOpening(store);
  useSavedOnLeaving(store);
  return (
    <section className="echoes-studio" aria-labelledby="echoes-studio-heading">
      <h2 id="echoes-studio-heading" className="echoes-section-heading" tabIndex={-1}>
        {STUDIO_TEXT.heading}
      </h2>
      {notice ? (
        <p role={notice.kind === "failed" ? "alert" : "status"} className="echoes-studio__notice">
          {notice.text}
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className="echoes-studio__failure">
          {STUDIO_TEXT.start.failed(failure)}
        </p>
      ) : null}
      {store ? (
        <StudioProvider store={store}>
          <StudioPages {...props} />
        </StudioProvider>
      ) : null}
    </section>
  );
}
