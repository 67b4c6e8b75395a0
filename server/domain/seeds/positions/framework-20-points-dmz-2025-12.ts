import type { ScenarioDocument } from "../../scenario.ts";
import { SOURCES } from "../sources.ts";
import { FRAMEWORK_REGIONS, frameworkDocument } from "./framework-20-points-2025-12.ts";
import { termsFrom } from "./position.ts";

// The 20-point framework's alternative for Donetsk (a U.S. compromise): Ukraine pulls back from part
// of the region into a demilitarised "free economic zone" under its own jurisdiction. How much of the
// region it covers was never stated, so the region stays on the line, marked as a zone.

const S = SOURCES.framework20;

export function framework20PointsDmz(): ScenarioDocument {
  const doc = frameworkDocument(
    "20-point framework, December 2025: Donetsk free economic zone",
    "The alternative in the 20-point framework Zelensky set out on 23–24 Dec 2025: Ukraine pulls its forces back from part of Donetsk region, which becomes a demilitarised free economic zone " +
      "under Ukrainian jurisdiction, policed by Ukraine and monitored internationally, with a matching Russian pull-back; distances of 5, 10 and 40 km were discussed; " +
      "Kyiv says it needs a referendum. The zone's extent is unknown, so Donetsk stays on the line. Elsewhere as the framework.",
    {
      ...FRAMEWORK_REGIONS,
      "UA-14": {
        basis: "line",
        zone: "demilitarised",
        status: "proposed",
        statement: `${S}: point 14 alternative, Ukraine pulls back from part of the region into a demilitarised free economic zone it still governs. The zone's extent is unknown (5/10/40 km discussed).`,
      },
    },
  );
  const say = termsFrom(S, "proposed");
  const t = doc.terms;
  t.specialZone.kind = say("free_economic_zone", "Point 14 alternative: a demilitarised free economic zone.");
  t.specialZone.where = say(
    "Part of Donetsk region that Ukraine holds, with a matching Russian pull-back; distances of 5, 10 and 40 km were discussed; the extent was not stated.",
    "Point 14 alternative.",
  );
  t.specialZone.jurisdiction = say("ukraine", "Point 14 alternative: under Ukrainian jurisdiction.");
  t.specialZone.entry = say<typeof t.specialZone.entry.value>(
    ["ukrainian_police", "international_monitors"],
    "Policed by Ukraine, with international monitoring.",
  );
  t.ratification.by = say(
    "parliament_and_referendum",
    "Kyiv says this option needs a referendum on the whole package, besides ratification.",
  );
  return doc;
}
