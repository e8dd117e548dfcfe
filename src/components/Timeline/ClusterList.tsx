import "./ClusterList.css";
import { type KeyboardEvent, useEffect, useRef } from "react";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { CLUSTER_LIST_TEXT } from "../../i18n/clusterList";
import { currentLocale } from "../../i18n/locale";
import { KIND_LABELS } from "../../i18n/vocabulary";
import type { PositionedEvent } from "../../timeline/laneModels";
import { Content } from "../ContentLanguage/Content";

export interface ClusterListProps {
  readonly events: readonly PositionedEvent[];
  /** Where the "+N" is, in the chart's frame: the list opens under it. */
  readonly at: { readonly x: number; readonly y: number };
  readonly frameWidth: number;
  readonly onSelect: (ref: string) => void;
  readonly onSeparate: () => void;
  readonly onClose: () => void;
}

const LIST_WIDTH = 300;

/**
 * What a "+N" holds, as a list: each event's date, kind and title, one click
 * (or Enter) to select it, and a way to zoom in just far enough to unfold
 * them. Focus moves into the list when it opens; Escape closes it.
 */
export function ClusterList({
  events,
  at,
  frameWidth,
  onSelect,
  onSeparate,
  onClose,
}: ClusterListProps) {
  const text = CLUSTER_LIST_TEXT;
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialogRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, []);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!dialogRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const buttons = [...(dialogRef.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };

  const width = Math.min(LIST_WIDTH, frameWidth - 16);
  const left = Math.max(8, Math.min(at.x - width / 2, frameWidth - width - 8));
  return (
    <div
      ref={dialogRef}
      className="echoes-cluster-list"
      role="dialog"
      aria-label={text.label(events.length)}
      style={{ left, top: at.y + 14, width }}
      onKeyDown={onKeyDown}
    >
      <p className="echoes-cluster-list__heading">{text.label(events.length)}</p>
      <ul>
        {events.map((event) => (
          <li key={event.ref}>
            <button
              type="button"
              className="echoes-cluster-list__event"
              data-ref={event.ref}
              onClick={() => onSelect(event.ref)}
            >
              <span className="echoes-cluster-list__date">
                {formatHistoricalSpan(event.event.date, event.event.endDate, currentLocale())}
              </span>
              <span className="echoes-cluster-list__kind">{KIND_LABELS[event.event.kind]}</span>
              <span className="echoes-cluster-list__title">
                <Content>{event.event.title}</Content>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="echoes-cluster-list__actions">
        <button type="button" className="echoes-button" onClick={onSeparate}>
          {text.separate}
        </button>
        <button type="button" className="echoes-button" onClick={onClose}>
          {text.close}
        </button>
      </div>
    </div>
  );
}
