import { useId } from "react";
import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { EventGrid } from "./EventGrid";
import type { EditorProps } from "./editorProps";
import { OtherProblems } from "./OtherProblems";
import { StudioField } from "./StudioField";

export interface EpisodeEditorProps extends EditorProps {
  /** The episode file, as the manifest names it. */
  readonly file: string;
}

/** The fields of an episode file that no form field edits: the file itself, and its header. */
const FILE_PATHS = new Set(["", "$schema", "formatVersion"]);

/** An episode's own fields, then its events as a grid. */
export function EpisodeEditor(props: EpisodeEditorProps) {
  const { problems, file } = props;
  const headingId = useId();
  const fileProblems = problems.filter(
    (problem) => problem.file === file && !problem.note && FILE_PATHS.has(problem.path),
  );
  return (
    <section className="echoes-episode-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{TEXT.episodeHeading}</h3>
      <OtherProblems
        className="echoes-episode-editor__problems"
        heading={TEXT.fileProblems}
        problems={fileProblems}
      />
      <div className="echoes-episode-editor__fields">
        <StudioField
          {...props}
          path="id"
          label={TEXT.episodeFields.id}
          hint={TEXT.episodeHints.id}
        />
        <StudioField {...props} path="title" label={TEXT.episodeFields.title} />
        <StudioField
          {...props}
          path="label"
          label={TEXT.episodeFields.label}
          hint={TEXT.episodeHints.label}
        />
        <StudioField
          {...props}
          path="summary"
          label={TEXT.episodeFields.summary}
          as="textarea"
          className="echoes-episode-editor__summary"
        />
      </div>
      <EventGrid {...props} />
    </section>
  );
}
