import "./toolMenu.css";
import { Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import { SHARE_TEXT } from "../../i18n/share";
import type { DrawnCollection } from "../../store/drawnCollection";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";
import { noteSwitchInMenu, wasSwitchedInMenu } from "../LanguageSwitch/switchedInMenu";
import type { ToolMenuVariant } from "./ToolMenuPanel";

// What the menu holds loads when it is first opened (or once the page is idle): most readers never open it.
export const loadToolMenuPanel = () => import("./ToolMenuPanel");
const ToolMenuPanel = retryableLazy(loadToolMenuPanel);
const EmbedDialog = retryableLazy(() => import("../Share/EmbedDialog"));

export interface ToolMenuProps {
  readonly variant: ToolMenuVariant;
  readonly collection: DrawnCollection;
}

/**
 * A button that opens a small panel of tools under it, which closes on Escape,
 * on a click elsewhere and after a tool that leaves the page is used; focus goes
 * into it on opening and back to the button on closing. The Embed dialog opens
 * from it and outlives it.
 */
export function ToolMenu({ variant, collection }: ToolMenuProps) {
  // Open again where the reader switched the language from inside it, until closed.
  const [open, setOpen] = useState(() => variant === "phone" && wasSwitchedInMenu());
  const [embedding, setEmbedding] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const label = variant === "phone" ? SHARE_TEXT.phoneMenu : SHARE_TEXT.shareMenu;

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (variant === "phone" && !open) noteSwitchInMenu(false);
  }, [variant, open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !rootRef.current?.contains(document.activeElement)) return;
      event.stopPropagation();
      close();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open, close]);

  return (
    <div ref={rootRef} className={`echoes-tool-menu echoes-tool-menu--${variant}`}>
      <button
        ref={buttonRef}
        type="button"
        className="echoes-button echoes-tool-menu__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        onPointerEnter={() => void loadToolMenuPanel()}
      >
        {variant === "phone" ? (
          <span className="echoes-tool-menu__icon" aria-hidden="true">
            ☰{" "}
          </span>
        ) : null}
        {label}
        {variant === "phone" ? null : (
          <span className="echoes-tool-menu__icon" aria-hidden="true">
            {" "}
            ▾
          </span>
        )}
      </button>
      {open ? (
        <div id={panelId} className="echoes-tool-menu__panel">
          <Suspense fallback={<p className="echoes-loading">{SHARE_TEXT.loading}</p>}>
            <ToolMenuPanel
              variant={variant}
              collection={collection}
              onEmbed={() => {
                setOpen(false);
                setEmbedding(true);
              }}
              onClose={close}
            />
          </Suspense>
        </div>
      ) : null}
      {embedding ? (
        <Suspense fallback={null}>
          <EmbedDialog
            title={collection.title}
            onClose={() => {
              setEmbedding(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
