import { ScenarioList } from "./_components/ScenarioList.tsx";

export default function HomePage() {
  return (
    <>
      <h1>Scenarios</h1>
      <p className="muted">
        Peace-talk positions as full sets of terms: territory region by region, ceasefire, buffer zone, security, sanctions. The
        four positions reported in May 2025 are modelled; open one to edit it, or start your own.
      </p>
      <ScenarioList />
    </>
  );
}
