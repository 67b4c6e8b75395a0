"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ISSUES } from "@/server/domain/catalog.ts";
import { contextDateLabel, proposersLabel } from "@/server/domain/context.ts";
import { unassignedKm2 } from "@/server/domain/derived.ts";
import { describeTermValue, getTerm } from "@/server/domain/edit.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import { optionLabel, type TermStatus } from "@/server/domain/options.ts";
import { REGIONS_BY_NAME, type RegionId } from "@/server/domain/reference/regions.ts";
import type { ScenarioDocument } from "@/server/domain/scenario.ts";
import { trpc } from "../../_lib/trpc.tsx";
import { ScrollRegion } from "../ScrollRegion.tsx";
import { StatusBadge } from "./fields.tsx";
import { TERRITORY_TABLES, TerritoryHead } from "./TerritoryTable.tsx";

// The scenario as text, for whoever cannot edit it (a seed, a view link, a replaced edit link):
// every term with its value, its status and its source, in headed sections rather than disabled forms.

/** Title and summary: the page's one <h1>. */
export function ReadOnlyTitle({ doc, provenance }: { doc: ScenarioDocument; provenance: ReactNode }) {
  return (
    <div className="editor__title" data-testid="read-only-title">
      <h1 className="editor__title-text">{doc.title}</h1>
      {provenance}
      {doc.summary && <p className="editor__summary">{doc.summary}</p>}
    </div>
  );
}

/** Parties, context, territory and every issue of the catalogue, read-only. */
export function ReadOnlyTerms({ doc }: { doc: ScenarioDocument }) {
  return (
    <div data-testid="read-only-terms">
      <Section id="parties" title="Parties">
        <ul className="readonly-parties">
          {doc.parties.map((p) => (
            <li key={p.id}>
              {p.name} <span className="muted">({optionLabel(p.role).toLowerCase()})</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="context" title="Put forward">
        <dl className="readonly-terms">
          <Entry label="Date" value={contextDateLabel(doc.context) || "Not dated"} />
          <Entry label="Put forward by" value={proposersLabel(doc.context.proposedBy) || "Not stated"} />
          <Entry
            label="Confidence in the sources"
            value={doc.context.confidence ? optionLabel(doc.context.confidence) : "Not stated"}
          />
          <Entry label="Answers" value={doc.context.answers ? <AnsweredLink id={doc.context.answers} /> : "Nothing stated"} />
          <Entry label="Sources" value={doc.context.sources || "Not stated"} />
        </dl>
      </Section>
      <Section id="issue-territory" title="Territory" intro={ISSUES[0]!.description}>
        <ReadOnlyTerritory territory={doc.terms.territory} />
      </Section>
      {ISSUES.filter((i) => i.id !== "territory").map((issue) => (
        <Section key={issue.id} id={`issue-${issue.id}`} title={issue.label} intro={issue.description}>
          <dl className="readonly-terms">
            {issue.terms.map((spec) => {
              const term = getTerm(doc, spec.id);
              return (
                <Entry
                  key={spec.id}
                  term={spec.id}
                  label={spec.label}
                  value={term.value === null ? <span className="muted">Not specified</span> : describeTermValue(doc, spec.id)}
                  status={term.status}
                  note={term.note}
                />
              );
            })}
          </dl>
        </Section>
      ))}
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="panel lazy-render" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p className="panel__intro">{intro}</p>}
      {children}
    </section>
  );
}

/** One term: its value, then (when it has one) its status and source note. */
function Entry({
  label,
  value,
  term,
  status,
  note,
}: {
  label: string;
  value: ReactNode;
  term?: string;
  status?: TermStatus | null;
  note?: string;
}) {
  return (
    <div className="readonly-term" data-term={term}>
      <dt>{label}</dt>
      <dd className="readonly-term__value">{value}</dd>
      {(status || note) && (
        <dd className="readonly-term__source">
          <StatusBadge status={status ?? null} /> {note}
        </dd>
      )}
    </div>
  );
}

function AnsweredLink({ id }: { id: string }) {
  const answered = trpc.scenario.title.useQuery({ id }, { retry: false });
  return (
    <Link href={`/s/${id}`}>{answered.data?.title ?? (answered.error ? "a scenario that is no longer available" : "…")}</Link>
  );
}

/** Who holds how much of each region, with its zone, status and source, as a table. */
function ReadOnlyTerritory({ territory }: { territory: ScenarioDocument["terms"]["territory"] }) {
  return (
    <div className="territory">
      {TERRITORY_TABLES.map(({ country, caption }) => (
        <ScrollRegion className="territory__scroll" key={country} label={caption}>
          <table className="territory__table territory__table--readonly">
            <caption>{caption}</caption>
            <TerritoryHead />
            <tbody>
              {REGIONS_BY_NAME.filter((r) => r.country === country).map((region) => {
                const term = territory[region.id as RegionId];
                const share = term.russiaKm2 / region.areaKm2;
                return (
                  <tr key={region.id} data-region={region.id}>
                    <th scope="row">
                      {region.shortName}
                      {share > 0 && <span className="territory__share">Russia {formatShare(share)}</span>}
                    </th>
                    {[
                      { label: "Area", km2: region.areaKm2, muted: true },
                      { label: "Russia", km2: term.russiaKm2 },
                      { label: "Ukraine", km2: term.ukraineKm2 },
                      { label: "Contested", km2: term.contestedKm2 },
                      { label: "Unassigned", km2: unassignedKm2(region.id as RegionId, term), muted: true },
                    ].map((figure) => (
                      <td key={figure.label} className={figure.muted ? "num muted" : "num"} data-label={figure.label}>
                        {formatKm2(figure.km2)}
                      </td>
                    ))}
                    <td className="territory__zone" data-label="Zone">
                      {term.zone === "none" ? "No zone" : optionLabel(term.zone)}
                    </td>
                    <td className="territory__source">
                      <StatusBadge status={term.status} /> {term.note}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </div>
  );
}
