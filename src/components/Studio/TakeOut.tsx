import { useId, useMemo, useState } from "react";
import { STUDIO_TEXT } from "../../i18n/studio";
import type { Draft } from "../../studio/draft";
import { draftToCsvFiles } from "../../studio/episodeCsv";
import { draftToZip } from "../../studio/exportDraft";
import { type ShareLink, toShareLink } from "../../studio/shareLink";
import { download } from "../Share/download";
import { fileNameOf } from "./fileName";

const TEXT = STUDIO_TEXT.out;

/** The Studio's own address, which a share link opens. */
function studioAddress(): string {
  const address = new URL(window.location.href);
  address.search = "?view=studio";
  address.hash = "";
  return address.href;
}

/** The draft out of the browser: its files as a zip, each episode as a spreadsheet, or a link that carries it. */
export function TakeOut({ draft }: { readonly draft: Draft }) {
  const [link, setLink] = useState<ShareLink>();
  const [copied, setCopied] = useState(false);
  const linkId = useId();
  const [csvShown, setCsvShown] = useState(false);
  // Written only while the list is open: a large draft's sheets are not rewritten on every keystroke.
  const csvFiles = useMemo(() => (csvShown ? draftToCsvFiles(draft) : []), [csvShown, draft]);
  return (
    <section className="echoes-studio-out" aria-labelledby="echoes-studio-out">
      <h3 id="echoes-studio-out" className="echoes-studio__subheading">
        {TEXT.heading}
      </h3>
      <div className="echoes-studio-out__buttons">
        <button
          type="button"
          className="echoes-button"
          onClick={() =>
            download(
              new Blob([draftToZip(draft) as BlobPart], { type: "application/zip" }),
              `${fileNameOf(draft.name)}.zip`,
            )
          }
        >
          {TEXT.zip}
        </button>
        <button
          type="button"
          className="echoes-button"
          onClick={() => {
            setCopied(false);
            setLink(toShareLink(draft, studioAddress()));
          }}
        >
          {TEXT.share}
        </button>
      </div>
      {link?.ok ? (
        <div className="echoes-studio-field echoes-studio-out__link">
          <label htmlFor={linkId}>{TEXT.shareLabel}</label>
          <input id={linkId} readOnly value={link.url} onFocus={(event) => event.target.select()} />
          <button
            type="button"
            className="echoes-button"
            onClick={() =>
              void navigator.clipboard?.writeText(link.url).then(() => setCopied(true))
            }
          >
            {copied ? TEXT.copied : TEXT.copyLink}
          </button>
        </div>
      ) : link ? (
        <p role="alert" className="echoes-studio__failure">
          {link.message}
        </p>
      ) : null}
      <details
        className="echoes-studio-out__csv"
        onToggle={(event) => setCsvShown(event.currentTarget.open)}
      >
        <summary>{TEXT.csv}</summary>
        <ul>
          {csvFiles.map((csv) => (
            <li key={csv.path}>
              <button
                type="button"
                className="echoes-link-button"
                onClick={() =>
                  download(
                    new Blob([csv.text], { type: "text/csv" }),
                    csv.path.split("/").pop() ?? csv.path,
                  )
                }
              >
                {csv.path.split("/").pop()}
              </button>
              {csv.left.length > 0 ? (
                <span className="echoes-studio__note">
                  {" "}
                  {TEXT.csvLeft(csv.path, csv.left.join(", "))}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
