import { MyScenarios } from "./_components/MyScenarios.tsx";
import { ScenarioList } from "./_components/ScenarioList.tsx";

export default function HomePage() {
  return (
    <>
      <h1>Scenarios</h1>
      <p className="muted">
        Peace-talk positions as full sets of terms: territory region by region, ceasefire, buffer zone, security, sanctions and
        more. The positions put forward since 2024 and the line of control on the days they were made are modelled, each figure
        with its source; open one and fork it to change it, or start your own. New scenarios are private to their links until you
        publish them.
      </p>
      <MyScenarios />
      <h2>Published scenarios</h2>
      <ScenarioList />
    </>
  );
}
