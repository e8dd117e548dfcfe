import "./CopyLinkButton.css";
import { useState } from "react";
import { SHARE_TEXT } from "../../i18n/share";

type Outcome = "idle" | "copied" | "failed";

/** Copies the address of the view as it is now; where the clipboard is closed, shows it to copy by hand. */
export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  const [address, setAddress] = useState("");
  const copy = async () => {
    const href = window.location.href;
    setAddress(href);
    try {
      await navigator.clipboard.writeText(href);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };
  return (
    <div className="echoes-share">
      <button type="button" className="echoes-button" onClick={() => void copy()}>
        {SHARE_TEXT.copyLink}
      </button>
      <span className="echoes-share__status" role="status">
        {outcome === "copied" ? SHARE_TEXT.linkCopied : null}
      </span>
      {outcome === "failed" ? (
        <label className="echoes-share__manual">
          {SHARE_TEXT.copyByHand}
          <input type="text" readOnly value={address} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
