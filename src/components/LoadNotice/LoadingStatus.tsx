import { NOTICE_TEXT } from "../../i18n/notices";

/** Says, while the collection loads, that it is loading. */
export function LoadingStatus({ loading }: { readonly loading: boolean }) {
  return loading ? (
    <p className="echoes-loading" role="status">
      {NOTICE_TEXT.loadingCollection}
    </p>
  ) : null;
}
