"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { editPath, forgetEditLink, myEditLinks } from "../_lib/edit-links.ts";
import { useHydrated } from "../_lib/use-hydrated.ts";

/** The scenarios this browser holds edit links for. Read after mount: they live only here. */
export function MyScenarios() {
  const hydrated = useHydrated();
  // Links forgotten on this page, so that the list is read again without them.
  const [forgotten, setForgotten] = useState<string[]>([]);
  // One store holds every edit link; profile sets (kind "profileSet") are not scenarios.
  const links = useMemo(
    () => (hydrated ? myEditLinks().filter((l) => l.kind === "scenario" && !forgotten.includes(l.id)) : null),
    [hydrated, forgotten],
  );
  if (!links || links.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="mine-heading">
      <h2 id="mine-heading">My scenarios</h2>
      <p className="panel__intro">
        Scenarios this browser can edit. Their edit links are kept here only, not on any server: keep a copy of a link to edit
        from elsewhere.
      </p>
      <ul className="my-scenarios">
        {links.map((l) => (
          <li key={l.id}>
            <Link href={editPath(l.id, l.secret)}>{l.title}</Link>{" "}
            <button
              type="button"
              className="button button--small"
              aria-label={`Forget the edit link of ${l.title} in this browser`}
              onClick={() => {
                if (
                  window.confirm(
                    `Forget the edit link of “${l.title}” in this browser? Without a copy of it you will not be able to edit it.`,
                  )
                ) {
                  forgetEditLink(l.id);
                  setForgotten((ids) => [...ids, l.id]);
                }
              }}
            >
              Forget
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
