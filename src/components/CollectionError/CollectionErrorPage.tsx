import type { Problem } from "../../data/problem";
import { ProblemList } from "../LoadNotice/ProblemList";

export interface CollectionErrorPageProps {
  readonly url: string;
  readonly problems: readonly Problem[];
  /** The app with its curated collection, offered when another collection failed. */
  readonly curatedAppHref?: string;
}

export function CollectionErrorPage({ url, problems, curatedAppHref }: CollectionErrorPageProps) {
  return (
    <section className="echoes-error" aria-labelledby="echoes-error-heading">
      <h2 id="echoes-error-heading">This collection could not be loaded</h2>
      <p>
        Echoes tried to load <code>{url}</code> and found:
      </p>
      <ProblemList problems={problems} />
      <p>
        If you are the author, <code>npm run validate</code> lists the same problems from the
        command line.
      </p>
      {curatedAppHref ? (
        <p>
          <a href={curatedAppHref}>Open the curated collection instead</a>
        </p>
      ) : null}
    </section>
  );
}
