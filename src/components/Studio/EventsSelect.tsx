import { useId } from "react";
import type { Problem } from "../../data/format/problem";
import { type EpisodeChoice, toEventRefs } from "./draftEpisodes";
import { FieldProblems } from "./FieldProblems";

export interface EventsSelectProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  /** Refs as "episode-id/event-id". */
  readonly value: readonly string[];
  readonly episodes: readonly EpisodeChoice[];
  readonly onChange: (refs: string[]) => void;
  readonly readOnly: boolean;
  readonly problems: readonly Problem[];
  /** How a ref to an event the draft no longer has is listed. */
  readonly unknownEvent: (ref: string) => string;
}

/** Events as "episode-id/event-id", chosen by episode and title; refs to missing events stay listed, so choosing another keeps them. */
export function EventsSelect({
  id,
  label,
  hint,
  value,
  episodes,
  onChange,
  readOnly,
  problems,
  unknownEvent,
}: EventsSelectProps) {
  const hintId = useId();
  const problemsId = useId();
  const known = new Set(toEventRefs(episodes));
  const unknown = value.filter((ref) => !known.has(ref));
  const options = known.size + unknown.length + episodes.length;
  return (
    <div className={`echoes-studio-field${problems.length > 0 ? " is-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="echoes-studio-field__hint">
        {hint}
      </span>
      <select
        id={id}
        multiple
        size={Math.min(Math.max(options, 2), 8)}
        value={[...value]}
        disabled={readOnly}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={problems.length > 0 ? `${hintId} ${problemsId}` : hintId}
        onChange={(event) =>
          onChange(Array.from(event.target.selectedOptions, (option) => option.value))
        }
      >
        {episodes.map((episode) => (
          <optgroup key={episode.id} label={episode.label}>
            {episode.events.map((event) => (
              <option key={event.id} value={`${episode.id}/${event.id}`}>
                {event.title}
              </option>
            ))}
          </optgroup>
        ))}
        {unknown.map((ref) => (
          <option key={ref} value={ref}>
            {unknownEvent(ref)}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}
