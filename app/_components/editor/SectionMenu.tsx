import { ISSUES } from "@/server/domain/catalog.ts";

/** Jump links to the scenario page's sections, History included: a keyboard or phone user's shortcut. */
export function SectionMenu() {
  const sections = [
    { id: "headline", label: "Figures" },
    { id: "map", label: "Map" },
    { id: "parties", label: "Parties" },
    ...ISSUES.map((issue) => ({ id: `issue-${issue.id}`, label: issue.label })),
    { id: "files", label: "Files" },
    { id: "history", label: "History" },
  ];
  return (
    <nav className="section-menu" aria-label="Sections of this scenario">
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
