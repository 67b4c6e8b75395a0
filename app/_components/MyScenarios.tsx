"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { editPath, forgetEditLink, myEditLinks, type EditLink } from "../_lib/edit-links.ts";

/** The scenarios this browser holds edit links for. Read after mount: they live only here. */
export function MyScenarios() {
  const [links, setLinks] = useState<EditLink[] | null>(null);
  // One store holds every edit link; profile sets (kind "profileSet") are not scenarios.
  const scenarioLinks = () => myEditLinks().filter((l) => l.kind === "scenario");
  useEffect(() => setLinks(scenarioLinks()), []);
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
                  setLinks(scenarioLinks());
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
