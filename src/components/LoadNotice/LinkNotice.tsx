import "./LoadNotice.css";
import { useId, useState } from "react";
import { NOTICE_TEXT } from "../../i18n/notices";

export interface LinkNoticeProps {
  /** What the link asked for that could not be shown, in words. */
  readonly unrestored: readonly string[];
}

/** Says which parts of a link's view could not be restored, until the reader dismisses it. */
export function LinkNotice({ unrestored }: LinkNoticeProps) {
  const headingId = useId();
  const [dismissed, setDismissed] = useState<readonly string[] | undefined>(undefined);
  if (unrestored.length === 0 || dismissed === unrestored) return null;
  return (
    <section className="echoes-notice" aria-labelledby={headingId}>
      <div className="echoes-notice__header">
        <h2 id={headingId}>{NOTICE_TEXT.linkNotRestored}</h2>
        <button type="button" className="echoes-button" onClick={() => setDismissed(unrestored)}>
          {NOTICE_TEXT.dismiss}
        </button>
      </div>
      <p>{NOTICE_TEXT.nearestView}</p>
      <ul>
        {unrestored.map((message) => (
          <li key={message}>{message}.</li>
        ))}
      </ul>
    </section>
  );
}
