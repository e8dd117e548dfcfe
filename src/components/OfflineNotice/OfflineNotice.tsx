import "./offlineNotice.css";
import { useSyncExternalStore } from "react";
import { STATUS_TEXT } from "../../i18n/status";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

const readOnline = () => navigator.onLine;

/** Whether the browser has a network, as it says and as it changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, readOnline);
}

/** Says, while the browser is offline, that the page is the copy saved for offline use. */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <p className="echoes-offline" role="status">
      {STATUS_TEXT.offline}
    </p>
  );
}
