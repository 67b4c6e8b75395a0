"use client";

import Link from "next/link";
import { bandSummaryText } from "@/server/domain/buffer-zone-input.ts";
import { formatKm2, formatShare } from "@/server/domain/format.ts";
import { errorCodeOf, trpc, type RouterOutputs } from "../../_lib/trpc.tsx";
import { useGuardedRouter } from "../../_lib/navigation-guard.ts";
import { diffUrl, type ScenarioRef } from "../../_lib/urls.ts";
import { RegionMap } from "../map/RegionMap.tsx";
import { useBufferBand } from "../map/use-buffer-band.ts";
import { ScenarioSelect } from "../ScenarioSelect.tsx";
import { CopyLinkButton } from "./CompareView.tsx";
import "./compare.css";
import { ScrollRegion } from "../ScrollRegion.tsx";

type Diff = RouterOutputs["scenario"]["beforeAfter"];

const sideLabel = (side: Diff["from"]) => `${side.title}${side.isCurrent ? "" : ` (revision ${side.revision})`}`;

export function BeforeAfterView({ from, to }: { from: ScenarioRef; to: ScenarioRef }) {
  const router = useGuardedRouter();
  const diff = trpc.scenario.beforeAfter.useQuery({ from, to }, { retry: false });
  if (diff.isPending) return <p className="muted">Loading the changes…</p>;
  if (diff.error) {
    return (
      <div className="panel">
        <h1>Before and after</h1>
        <p className="alert alert--error">
          {errorCodeOf(diff.error) === "NOT_FOUND" ? `Not found: ${diff.error.message}.` : diff.error.message}
        </p>
      </div>
    );
  }
  const { beforeAfter: ba } = diff.data;
  const { totals } = ba;
  const nothing =
    ba.regions.length === 0 && ba.terms.length === 0 && ba.partyChanges.length === 0 && ba.headerChanges.length === 0;

  return (
    <>
      <h1>Before and after</h1>
      <p className="before-after__sides">
        <span>
          Before: <Link href={`/s/${diff.data.from.id}`}>{sideLabel(diff.data.from)}</Link>
        </span>{" "}
        →{" "}
        <span>
          After: <Link href={`/s/${diff.data.to.id}`}>{sideLabel(diff.data.to)}</Link>
        </span>
      </p>
      <div className="compare-toolbar">
        <ScenarioSelect
          label="Baseline"
          placeholder="(a revision or another scenario)"
          value={from.revision ? undefined : from.id}
          exclude={[to.id]}
          onSelect={(id) => router.replace(diffUrl({ id }, to), { scroll: false })}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => router.replace(diffUrl(to, from), { scroll: false })}
        >
          Swap before and after
        </button>
        <CopyLinkButton />
      </div>

      <section className="panel" aria-labelledby="totals-heading">
        <h2 id="totals-heading">Territory</h2>
        <p className="before-after__headline" data-testid="share-change">
          Russia&apos;s share of Ukraine: <strong>{formatShare(totals.russiaShareBefore)}</strong> →{" "}
          <strong>{formatShare(totals.russiaShareAfter)}</strong>{" "}
          <span className="muted">
            ({formatKm2(totals.russiaKm2Before)} → {formatKm2(totals.russiaKm2After)})
          </span>
        </p>
        <ul className="before-after__totals">
          <li>
            Ukraine gains {formatKm2(totals.ukraineGainsKm2)}, loses {formatKm2(totals.ukraineLosesKm2)}
          </li>
          <li>
            Russia gains {formatKm2(totals.russiaGainsKm2)}, loses {formatKm2(totals.russiaLosesKm2)}
          </li>
        </ul>
        {ba.regions.length > 0 ? (
          <ul className="before-after__list" data-testid="region-changes">
            {ba.regions.map((r) => (
              <li key={r.regionId}>{r.text}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No region changes hands.</p>
        )}
        <p className="muted small">{ba.unchangedRegionCount} regions unchanged.</p>
        <BeforeAfterMaps diff={diff.data} />
      </section>

      {(ba.headerChanges.length > 0 || ba.partyChanges.length > 0) && (
        <section className="panel lazy-render">
          <h2>Scenario and parties</h2>
          <ul className="before-after__list">
            {[...ba.headerChanges, ...ba.partyChanges].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel lazy-render" aria-labelledby="terms-heading">
        <h2 id="terms-heading">Terms</h2>
        {ba.terms.length === 0 ? (
          <p className="muted">No term changed.</p>
        ) : (
          <ScrollRegion label="Terms that changed">
            <table className="compare-table" data-testid="term-changes">
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {ba.terms.map((t) => (
                  <tr key={t.termId}>
                    <th scope="row">
                      {t.issue}: {t.label}
                    </th>
                    <td>{t.from}</td>
                    <td className={t.from !== t.to ? "differs" : undefined}>
                      {t.to}
                      {t.detail && <div className="muted small">{t.detail}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {ba.unchangedTerms.length > 0 && (
          <details className="before-after__unchanged">
            <summary>
              {ba.unchangedTerms.length} unchanged {ba.unchangedTerms.length === 1 ? "term" : "terms"}
            </summary>
            <ul>
              {ba.unchangedTerms.map((t) => (
                <li key={t.termId}>
                  {t.issue}: {t.label}: {t.value}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {nothing && <p className="muted">The two sides state exactly the same terms.</p>}
    </>
  );
}

/** Both sides' maps, each with its buffer band; the regions that changed outlined and labelled with the change. */
function BeforeAfterMaps({ diff }: { diff: Diff }) {
  const bandBefore = useBufferBand(diff.from.terms);
  const bandAfter = useBufferBand(diff.to.terms);
  const changes = diff.beforeAfter.regions.map((r) => ({ regionId: r.regionId, name: r.name, change: r.mapChange }));
  const [before, after] = [bandSummaryText(bandBefore), bandSummaryText(bandAfter)];
  return (
    <>
      {before !== after && (
        <p data-testid="buffer-zone-change">
          Buffer zone (computed, not counted as held): {before} → <strong>{after}</strong>
        </p>
      )}
      <div className="before-after__maps lazy-render" data-testid="before-after-maps">
        <RegionMap
          territory={diff.from.terms.territory}
          title={`Before: ${sideLabel(diff.from)}`}
          compact
          band={bandBefore}
          changes={changes}
        />
        <RegionMap
          territory={diff.to.terms.territory}
          title={`After: ${sideLabel(diff.to)}`}
          compact
          band={bandAfter}
          changes={changes}
          shapesWithoutScript={false}
        />
      </div>
    </>
  );
}
