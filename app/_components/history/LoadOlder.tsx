"use client";

// History comes in pages (50 revisions, newest first): both history panels show what is loaded
// and offer the next, older page.

interface Pages<T> {
  pages: { items: T[] }[];
}

/** Every revision loaded so far, newest first. */
export const loadedRevisions = <T,>(data: Pages<T> | undefined): T[] => data?.pages.flatMap((page) => page.items) ?? [];

/** Loads the next page of older revisions, while there is one. */
export function LoadOlder({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="load-older"
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchingNextPage ? "Loading older revisions…" : "Load older revisions"}
    </button>
  );
}
