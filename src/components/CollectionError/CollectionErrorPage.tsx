import "../LoadNotice/LoadNotice.css";
import type { Problem } from "../../data/format/problem";
import { NOTICE_TEXT } from "../../i18n/notices";
import { ProblemList } from "../LoadNotice/ProblemList";

export interface CollectionErrorPageProps {
  readonly url: string;
  readonly problems: readonly Problem[];
  /** The app with its curated collection, offered when another collection failed. */
  readonly curatedAppHref?: string;
}

export function CollectionErrorPage({ url, problems, curatedAppHref }: CollectionErrorPageProps) {
  const [triedBefore, triedAfter] = NOTICE_TEXT.triedToLoad;
  const [hintBefore, command, hintAfter] = NOTICE_TEXT.validateHint;
  return (
    <section className="echoes-error" aria-labelledby="echoes-error-heading">
      <h2 id="echoes-error-heading">{NOTICE_TEXT.failed}</h2>
      <p>
        {triedBefore} <code>{url}</code> {triedAfter}
      </p>
      <ProblemList problems={problems} />
      <p>
        {hintBefore} <code>{command}</code> {hintAfter}
      </p>
      {curatedAppHref ? (
        <p>
          <a href={curatedAppHref}>{NOTICE_TEXT.openCurated}</a>
        </p>
      ) : null}
    </section>
  );
}
