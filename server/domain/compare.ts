import { ISSUES } from "./catalog.ts";
import { contextDateLabel, proposersLabel } from "./context.ts";
import { ceasefireEnd, territoryHeadline } from "./derived.ts";
import { describeTermValue, getTerm } from "./edit.ts";
import { formatIsoDate, formatKm2, formatShare } from "./format.ts";
import { optionLabel, type TermStatus } from "./options.ts";
import { REGIONS_BY_NAME, type RegionId } from "./reference/regions.ts";
import type { ScenarioDocument } from "./scenario.ts";

// Side-by-side comparison of 2–4 scenarios: a row per term, grouped by issue, each cell marked
// when it differs from the reference column.

export interface CompareCell {
  text: string;
  status: TermStatus | null;
  differsFromReference: boolean;
}

export interface CompareRow {
  /** Stable id: a term id ("ceasefire.type"), "territory.UA-63", or a headline figure ("headline.russiaKm2"). */
  id: string;
  label: string;
  cells: CompareCell[];
  /** True when any cell differs from the reference. */
  differs: boolean;
}

export interface CompareGroup {
  id: string;
  label: string;
  rows: CompareRow[];
}

export interface Comparison {
  referenceIndex: number;
  groups: CompareGroup[];
  differingRowCount: number;
}

interface RawCell {
  text: string;
  status: TermStatus | null;
  /** What equality is judged on (the value, not its wording or source note). */
  key: string;
}

function row(id: string, label: string, raw: RawCell[], referenceIndex: number): CompareRow {
  const reference = raw[referenceIndex]!.key;
  const cells = raw.map((c) => ({ text: c.text, status: c.status, differsFromReference: c.key !== reference }));
  return { id, label, cells, differs: cells.some((c) => c.differsFromReference) };
}

function headlineRows(docs: ScenarioDocument[], ref: number): CompareRow[] {
  const h = docs.map((d) => territoryHeadline(d.terms.territory));
  const figure = (text: string, value: number): RawCell => ({ text, status: null, key: String(Math.round(value)) });
  return [
    row(
      "headline.russiaKm2",
      "Russia holds in Ukraine",
      h.map((x) => figure(formatKm2(x.russiaKm2), x.russiaKm2)),
      ref,
    ),
    row(
      "headline.russiaShare",
      "Russia's share of Ukraine",
      h.map((x) => ({ text: formatShare(x.russiaShare), status: null, key: formatShare(x.russiaShare, 2) })),
      ref,
    ),
    row(
      "headline.ukraineInRussia",
      "Ukraine holds in Russia",
      h.map((x) => figure(formatKm2(x.ukraineHeldInRussiaKm2), x.ukraineHeldInRussiaKm2)),
      ref,
    ),
    row(
      "headline.ceasefire",
      "Ceasefire",
      docs.map((d) => {
        const end = ceasefireEnd(d.terms.ceasefire);
        const type = describeTermValue(d, "ceasefire.type");
        const text =
          end.kind === "date"
            ? `${type}, ends ${formatIsoDate(end.endsAt)}`
            : end.kind === "open_ended"
              ? `${type}, open-ended`
              : type;
        return { text, status: null, key: text };
      }),
      ref,
    ),
  ];
}

function contextRows(docs: ScenarioDocument[], ref: number): CompareRow[] {
  const cell = (text: string): RawCell => ({ text: text || "Not stated", status: null, key: text });
  return [
    row(
      "context.date",
      "Date",
      docs.map((d) => cell(contextDateLabel(d.context))),
      ref,
    ),
    row(
      "context.proposedBy",
      "Put forward by",
      docs.map((d) => cell(proposersLabel(d.context.proposedBy))),
      ref,
    ),
    row(
      "context.confidence",
      "Confidence in the sources",
      docs.map((d) => cell(d.context.confidence ? optionLabel(d.context.confidence) : "")),
      ref,
    ),
  ];
}

function territoryRows(docs: ScenarioDocument[], ref: number): CompareRow[] {
  return REGIONS_BY_NAME.map((region) => {
    const id = region.id as RegionId;
    return row(
      `territory.${id}`,
      region.shortName,
      docs.map((d) => {
        const t = d.terms.territory[id];
        const parts = [`Russia ${formatKm2(t.russiaKm2)}`, `Ukraine ${formatKm2(t.ukraineKm2)}`];
        if (t.contestedKm2 > 0) parts.push(`contested ${formatKm2(t.contestedKm2)}`);
        if (t.zone !== "none") parts.push(optionLabel(t.zone).toLowerCase());
        return {
          text: parts.join(" · "),
          status: t.status,
          key: JSON.stringify([t.russiaKm2, t.ukraineKm2, t.contestedKm2, t.zone]),
        };
      }),
      ref,
    );
  });
}

export function compareScenarios(docs: readonly ScenarioDocument[], referenceIndex = 0): Comparison {
  if (docs.length < 1) throw new Error("Nothing to compare");
  const ref = Math.min(Math.max(0, referenceIndex), docs.length - 1);
  const list = [...docs];
  const groups: CompareGroup[] = [
    { id: "headline", label: "Headline figures", rows: headlineRows(list, ref) },
    {
      id: "parties",
      label: "Parties",
      rows: [
        row(
          "parties",
          "Parties",
          list.map((d) => {
            const text = d.parties
              .map((p) => (p.role === "party" ? p.name : `${p.name} (${optionLabel(p.role).toLowerCase()})`))
              .join(", ");
            return { text, status: null, key: text };
          }),
          ref,
        ),
      ],
    },
    { id: "context", label: "Put forward", rows: contextRows(list, ref) },
    { id: "territory", label: "Territory", rows: territoryRows(list, ref) },
    ...ISSUES.filter((issue) => issue.id !== "territory").map((issue) => ({
      id: issue.id,
      label: issue.label,
      rows: issue.terms.map((spec) =>
        row(
          spec.id,
          spec.label,
          list.map((d) => ({
            text: describeTermValue(d, spec.id),
            status: getTerm(d, spec.id).status,
            key: JSON.stringify(getTerm(d, spec.id).value),
          })),
          ref,
        ),
      ),
    })),
  ];
  return {
    referenceIndex: ref,
    groups,
    differingRowCount: groups.reduce((n, g) => n + g.rows.filter((r) => r.differs).length, 0),
  };
}
