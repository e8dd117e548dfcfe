import { STATUS_TEXT } from "../../i18n/status";

/** Says, while the collection loads, that it is loading. */
export function LoadingStatus({ loading }: { readonly loading: boolean }) {
  return loading ? (
    <p className="echoes-loading" role="status">
      {STATUS_TEXT.loadingCollection}
    </p>
  ) : null;
}
