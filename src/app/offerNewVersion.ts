import "./newVersion.css";
import { NEW_VERSION_TEXT } from "../i18n/newVersion";
import { moveToNewVersion } from "./newVersion";

/**
 * Says, at the foot of the page, that a new version is ready, with a button
 * to reload into it. Plain DOM: it may come before or after the interface.
 */
export function offerNewVersion(worker: ServiceWorker): void {
  const bar = document.createElement("div");
  bar.className = "echoes-new-version";
  bar.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = NEW_VERSION_TEXT.ready;
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "echoes-button";
  reload.textContent = NEW_VERSION_TEXT.reload;
  reload.addEventListener("click", () => moveToNewVersion(worker, navigator.serviceWorker));
  bar.append(text, " ", reload);
  document.body.append(bar);
}
