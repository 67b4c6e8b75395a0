import "./zod.ts";
import * as z from "zod";
import { ProfileSetDocument } from "./analysis/model.ts";
import { LINE_DATES } from "./line-of-control.ts";
import { ACTORS } from "./options.ts";
import { LIMITS, ScenarioDocument } from "./scenario.ts";
import { documentId, plainText } from "./text.ts";

// The inputs of the API's procedures. The browser's forms validate with the same schemas.

export const ScenarioId = documentId("scenario");

/** The secret of an edit link (`/s/<id>#edit=<secret>`); sent only in request bodies. */
const editSecretOf = (what: string) =>
  z
    .string({ error: `Send the edit secret of the ${what}'s edit link` })
    .min(1, `Send the edit secret of the ${what}'s edit link`)
    .max(64, "Not an edit secret");
export const EditSecret = editSecretOf("scenario");
/** The same secret for a profile set's edit link (`/analysis?profiles=<id>#edit=<secret>`). */
export const ProfileSetEditSecret = editSecretOf("profile set");

export const ListScenariosInput = z
  .strictObject({
    query: plainText(LIMITS.searchLength).optional(),
    cursor: z.string().max(500, "Not a cursor returned by scenario.list").optional(),
    limit: z.number().int().min(1).max(100).default(20),
    /** Who put it forward; "none" for scenarios nobody put forward (lines of control, users' own). */
    proposer: z.enum([...ACTORS, "none"], { error: `Pick one of ${[...ACTORS, "none"].join(", ")}` }).optional(),
    /** "updated" (the default): last saved first; "date": the newest date put forward or described first, undated last. */
    sort: z.enum(["updated", "date"], { error: 'Sort by "updated" or "date"' }).optional(),
    // Sent by TanStack Query's infinite queries; pages only go forward.
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .default({ limit: 20 });

/** Revision numbers and versions (a version is its latest revision's number) stay far inside a database integer. */
const MAX_REVISION = 1_000_000;

const numbered = (what: "revision" | "version") =>
  z
    .number()
    .int(`A whole ${what} number`)
    .min(1, `${what === "revision" ? "Revisions" : "Versions"} are numbered from 1`)
    .max(MAX_REVISION, `No document has that many ${what}s`);

export const RevisionNumber = numbered("revision");

/** The version a save starts from. */
const Version = numbered("version");

export const GetScenarioInput = z.strictObject({ id: ScenarioId });

export const CreateScenarioInput = z.strictObject({ document: ScenarioDocument });

export const UpdateScenarioInput = z.strictObject({
  id: ScenarioId,
  editSecret: EditSecret,
  baseVersion: Version,
  document: ScenarioDocument,
});

export const ForkScenarioInput = z.strictObject({
  id: ScenarioId,
  title: ScenarioDocument.shape.title.optional(),
  /** The copy's terms when they differ from the stored ones ("Save my changes as a copy"). */
  document: ScenarioDocument.optional(),
});

export const DeleteScenarioInput = z.strictObject({ id: ScenarioId, editSecret: EditSecret });

/**
 * Whether an edit link still works. Any string is accepted as the secret, so that every wrong
 * secret (unknown, malformed, replaced) gets the same answer: `{ canEdit: false }`.
 */
export const CheckEditSecretInput = z.strictObject({ id: ScenarioId, editSecret: z.string().max(1000, "Not an edit secret") });

export const RotateEditSecretInput = z.strictObject({ id: ScenarioId, editSecret: EditSecret });

export const SetPublishedInput = z.strictObject({ id: ScenarioId, editSecret: EditSecret, published: z.boolean() });

export const CompareScenariosInput = z
  .strictObject({
    ids: z
      .array(ScenarioId)
      .min(2, "Pick at least two scenarios")
      .max(4, "At most four scenarios side by side")
      .refine((ids) => new Set(ids).size === ids.length, "Each scenario at most once"),
    referenceId: ScenarioId.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.referenceId !== undefined && !input.ids.includes(input.referenceId)) {
      ctx.addIssue({ code: "custom", path: ["referenceId"], message: "The reference must be one of the compared scenarios" });
    }
  });

export const ScenarioAtRevision = z.strictObject({ id: ScenarioId, revision: RevisionNumber.optional() });

export const DiffScenariosInput = z.strictObject({ from: ScenarioAtRevision, to: ScenarioAtRevision });
export type DiffScenariosInput = z.infer<typeof DiffScenariosInput>;

/** A page of a versioned document's history: revisions older than `cursor` (a revision number), newest first. */
const historyInput = <Id extends z.ZodType>(id: Id) =>
  z.strictObject({
    id,
    cursor: RevisionNumber.optional(),
    limit: z.number().int().min(1, "At least 1").max(100, "At most 100").default(50),
    // Sent by TanStack Query's infinite queries; pages only go forward (older).
    direction: z.enum(["forward", "backward"]).optional(),
  });

export const HistoryInput = historyInput(ScenarioId);

/** Restoring a revision of a versioned document (a scenario, a profile set), given its id and edit secret schemas. */
const restoreInput = <Id extends z.ZodType, Secret extends z.ZodType>(id: Id, editSecret: Secret) =>
  z.strictObject({
    id,
    editSecret,
    revision: RevisionNumber,
    /** The version the person saw when choosing to restore; CONFLICT if someone saved since. */
    baseVersion: Version.optional(),
  });

export const RestoreRevisionInput = restoreInput(ScenarioId, EditSecret);

// Profile sets (party profiles: analyst assumptions).

export const ProfileSetId = documentId("profile set");

export const ListProfileSetsInput = z
  .strictObject({
    query: plainText(LIMITS.searchLength).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .default({ limit: 50 });

export const GetProfileSetInput = z.strictObject({ id: ProfileSetId });

export const CreateProfileSetInput = z.strictObject({ document: ProfileSetDocument });

export const UpdateProfileSetInput = z.strictObject({
  id: ProfileSetId,
  editSecret: ProfileSetEditSecret,
  baseVersion: Version,
  document: ProfileSetDocument,
});

export const ForkProfileSetInput = z.strictObject({
  id: ProfileSetId,
  name: ProfileSetDocument.shape.name.optional(),
});

export const DeleteProfileSetInput = z.strictObject({ id: ProfileSetId, editSecret: ProfileSetEditSecret });

export const RotateProfileSetEditSecretInput = z.strictObject({ id: ProfileSetId, editSecret: ProfileSetEditSecret });

export const SetProfileSetPublishedInput = z.strictObject({
  id: ProfileSetId,
  editSecret: ProfileSetEditSecret,
  published: z.boolean(),
});

/** "Apply to today's line": a fork of `id` recomputed against a day of the control series (the newest by default). */
export const ApplyLineInput = z.strictObject({
  id: ScenarioId,
  lineDate: z
    .enum(LINE_DATES as [string, ...string[]], {
      error: `Pick a day of the control series, ${LINE_DATES[0]} to ${LINE_DATES.at(-1)}`,
    })
    .optional(),
});

export const ProfileSetHistoryInput = historyInput(ProfileSetId);

export const RestoreProfileSetRevisionInput = restoreInput(ProfileSetId, ProfileSetEditSecret);
