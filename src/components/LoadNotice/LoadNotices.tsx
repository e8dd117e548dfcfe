import { type ComponentProps, Suspense } from "react";
import { useEchoes } from "../../store/EchoesProvider";
import { selectNoticeProblems } from "../../store/selectors";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";

// Said only when something went wrong, so loaded only then: the first load of a sound collection goes without them.
const LoadNotice = retryableLazy(async () => ({
  default: (await import("./LoadNotice")).LoadNotice,
}));
const LinkNotice = retryableLazy(async () => ({
  default: (await import("./LinkNotice")).LinkNotice,
}));
const CollectionErrorPage = retryableLazy(async () => ({
  default: (await import("../CollectionError/CollectionErrorPage")).CollectionErrorPage,
}));

/** What was skipped while loading, and what a link asked for that could not be shown. */
export function LoadNotices({ unrestored }: { readonly unrestored: readonly string[] }) {
  const problems = useEchoes(selectNoticeProblems);
  if (problems.length === 0 && unrestored.length === 0) return null;
  return (
    <Suspense fallback={null}>
      {problems.length > 0 ? <LoadNotice /> : null}
      {unrestored.length > 0 ? <LinkNotice unrestored={unrestored} /> : null}
    </Suspense>
  );
}

/** The page shown when the collection could not be loaded at all. */
export function CollectionFailure(props: ComponentProps<typeof CollectionErrorPage>) {
  return (
    <Suspense fallback={null}>
      <CollectionErrorPage {...props} />
    </Suspense>
  );
}
