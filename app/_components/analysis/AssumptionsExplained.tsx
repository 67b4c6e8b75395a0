/** What the numbers on the page are, and are not: a one-line warning above the analysis that opens into the explanation. */
export function AssumptionsExplained() {
  return (
    <details className="panel assumptions">
      <summary>
        <strong>Everything here rests on analyst assumptions</strong>: what they mean and where they come from
      </summary>
      <ul className="small">
        <li>
          <strong>Weights</strong> say how much a party cares about each issue relative to the others (only the ratios matter).{" "}
          <strong>Values</strong> (0–100) say how good each option is for the party; territory is valued at the shares of a region
          Russia would hold, interpolated between.
        </li>
        <li>
          A <strong>reservation value</strong> is what a party expects if talks fail, on the same 0–100 scale: its walk-away
          point. A party &ldquo;accepts&rdquo; a package worth at least that much to it. It is the hardest number to know and
          moves every verdict; try moving it.
        </li>
        <li>
          The seed numbers are Parley&apos;s reading of the parties&apos; public positions in the seed scenarios (each
          party&apos;s rationale is under its sliders), not anything the parties published as preferences. Nobody&apos;s real
          utilities are known.
        </li>
        <li>
          A scenario the model calls <strong>acceptable to all</strong> is one every party values at or above its reservation
          value <em>under these assumptions</em>; the sensitivity tables show how far one assumption can move before that turns.
        </li>
      </ul>
    </details>
  );
}
