"use client";

/** How many problems an alert lists before "and N more". */
export const SHOWN_PROBLEMS = 20;

interface Props {
  /** One sentence: what was not imported and why ("Nothing was imported: the file has 3 problems."). */
  title: string;
  problems: readonly string[];
}

/** An import's problems, all of them or the first 20 and a count of the rest. */
export function ProblemAlert({ title, problems }: Props) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  return (
    <div className="alert alert--error exchange__alert" role="alert">
      <p className="exchange__alert-title">{title}</p>
      {shown.length > 0 && (
        <ul className="exchange__problems">
          {shown.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {more > 0 && (
            <li className="exchange__more">
              and {more} more {more === 1 ? "problem" : "problems"}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

export function problemCount(n: number): string {
  return `${n} ${n === 1 ? "problem" : "problems"}`;
}
