import { lazy, Suspense, useState } from "react";
import { SHARE_TEXT } from "../../i18n/share";

// Loaded on demand: most readers never embed.
const EmbedDialog = lazy(() => import("./EmbedDialog"));

/** Opens the dialog that builds the embed code for the current view. */
export function EmbedButton({ title }: { readonly title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="echoes-button" onClick={() => setOpen(true)}>
        {SHARE_TEXT.embed}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog title={title} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
