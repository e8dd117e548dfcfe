import "./correctedMarks.css";
import { useMemo } from "react";
import { selectEventCorrections } from "../../corrections/selectCorrections";
import { formatHistoricalDate } from "../../data/format/formatHistoricalDate";
import { CORRECTIONS_TEXT as TEXT } from "../../i18n/corrections";
import { currentLocale } from "../../i18n/locale";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { correctionElementId } from "../Corrections/correctionAnchor";
import { focusWhenShown } from "../Views/focusWhenShown";

export interface CorrectedMarksProps {
  /** The event, as "episode-id/event-id". */
  readonly eventRef: string;
  /** Each mark opens its entry in the corrections log; where there is no log to open (an embed), it is only said. */
  readonly linked: boolean;
}

/** "Corrected" and the day, once for each correction of the event, newest first. */
export function CorrectedMarks({ eventRef, linked }: CorrectedMarksProps) {
  const corrections = useEchoes(useMemo(() => selectEventCorrections(eventRef), [eventRef]));
  const { setPage } = useEchoesActions();
  if (corrections.length === 0) return null;
  return (
    <ul className="echoes-corrected">
      {corrections.map((correction) => {
        const date = formatHistoricalDate(correction.date, currentLocale());
        return (
          <li key={correction.id}>
            {linked ? (
              <button
                type="button"
                className="echoes-tag echoes-corrected__mark"
                aria-label={TEXT.correctedLink(date)}
                onClick={() => {
                  setPage("corrections");
                  focusWhenShown(correctionElementId(correction.id));
                }}
              >
                {TEXT.corrected(date)}
              </button>
            ) : (
              <span className="echoes-tag echoes-corrected__mark">{TEXT.corrected(date)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
