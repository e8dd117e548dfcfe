import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { errorMessage, formatProblem } from "../../data/format/problem";
import { STUDIO_TEXT } from "../../i18n/studio";
import { addEpisode, listedFiles, MANIFEST_FILE } from "../../studio/draft";
import type { EditorProps } from "./editorProps";
import { StudioField } from "./StudioField";
import { addSheetFile } from "./startProject";

const TEXT = STUDIO_TEXT.collection;
const EMPTY_EPISODE = { id: "", title: "", label: "", summary: "" };

/** The collection as a whole: its title and description, and adding episodes, typed or from a spreadsheet. */
export function CollectionEditor(
  props: EditorProps & { readonly onEpisodeAdded: (file: string) => void },
) {
  const { draft, onEdit, readOnly, onEpisodeAdded } = props;
  const [episode, setEpisode] = useState(EMPTY_EPISODE);
  const [failure, setFailure] = useState<string>();
  const formId = useId();
  const csvId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    try {
      const next = addEpisode(draft, episode);
      onEdit(next);
      setEpisode(EMPTY_EPISODE);
      setFailure(undefined);
      onEpisodeAdded(listedFiles(next, "episode").at(-1) ?? "");
    } catch (error) {
      setFailure(TEXT.addEpisodeFailed(errorMessage(error)));
    }
  };
  const addSheet = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const added = await addSheetFile(draft, file);
    if ("refused" in added) {
      setFailure(TEXT.addEpisodeFailed(formatProblem(added.refused)));
      return;
    }
    setFailure(undefined);
    onEdit(added.draft);
    onEpisodeAdded(listedFiles(added.draft, "episode").at(-1) ?? "");
  };

  return (
    <div className="echoes-studio-collection">
      <StudioField {...props} file={MANIFEST_FILE} path="title" label={TEXT.title} />
      <StudioField
        {...props}
        file={MANIFEST_FILE}
        path="description"
        label={TEXT.description}
        as="textarea"
        optional
      />
      <StudioField
        {...props}
        file={MANIFEST_FILE}
        path="language"
        label={TEXT.language}
        hint={TEXT.languageHint}
        optional
      />
      {readOnly ? null : (
        <>
          <form
            className="echoes-studio-collection__add"
            aria-labelledby={`${formId}-heading`}
            onSubmit={add}
          >
            <h4 id={`${formId}-heading`}>{TEXT.addEpisode}</h4>
            {(["id", "title", "label", "summary"] as const).map((field) => (
              <div key={field} className="echoes-studio-field">
                <label htmlFor={`${formId}-${field}`}>
                  {
                    {
                      id: TEXT.episodeId,
                      title: TEXT.episodeTitle,
                      label: TEXT.episodeLabel,
                      summary: TEXT.episodeSummary,
                    }[field]
                  }
                </label>
                <input
                  id={`${formId}-${field}`}
                  value={episode[field]}
                  required
                  onChange={(event) => setEpisode({ ...episode, [field]: event.target.value })}
                />
              </div>
            ))}
            <button type="submit" className="echoes-button">
              {TEXT.addEpisode}
            </button>
          </form>
          <div className="echoes-studio-field">
            <label htmlFor={csvId} className="echoes-button">
              {STUDIO_TEXT.out.addCsv}
            </label>
            <input
              id={csvId}
              className="echoes-visually-hidden"
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => void addSheet(event)}
            />
            <span className="echoes-studio-field__hint">{STUDIO_TEXT.out.addCsvHint}</span>
          </div>
        </>
      )}
      {failure ? (
        <p role="alert" className="echoes-studio__failure">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
