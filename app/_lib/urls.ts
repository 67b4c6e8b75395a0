// The URLs that carry a whole view, so that copying one shares exactly that view.

export interface ScenarioRef {
  id: string;
  revision?: number;
}

export function compareUrl(view: { ids: readonly string[]; referenceId?: string; differencesOnly?: boolean }): string {
  const params = new URLSearchParams({ ids: view.ids.join(",") });
  if (view.referenceId) params.set("ref", view.referenceId);
  if (view.differencesOnly) params.set("diff", "1");
  return `/compare?${params.toString().replaceAll("%2C", ",")}`;
}

/** "id" or "id@3" (revision 3). */
export function formatScenarioRef(ref: ScenarioRef): string {
  return ref.revision ? `${ref.id}@${ref.revision}` : ref.id;
}

export function parseScenarioRef(text: string | undefined): ScenarioRef | null {
  if (!text) return null;
  const [id, revision] = text.split("@");
  if (!id) return null;
  const number = revision === undefined ? undefined : Number(revision);
  return { id, revision: number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined };
}

export function diffUrl(from: ScenarioRef, to: ScenarioRef): string {
  return `/diff?from=${encodeURIComponent(formatScenarioRef(from))}&to=${encodeURIComponent(formatScenarioRef(to))}`;
}
