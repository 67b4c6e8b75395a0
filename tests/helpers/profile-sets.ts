import type { ProfileSetDocument } from "@/server/domain/analysis/model.ts";
import { seedProfileSet } from "@/server/domain/analysis/seed-profiles.ts";
import { withValueAt } from "./documents.ts";

/** The seed profile set's document (Russia, Ukraine, United States), a fresh copy each call. */
export const seedProfileDocument = (): ProfileSetDocument => seedProfileSet();

/** A valid profile set named `name`. */
export const namedProfileDocument = (name: string): ProfileSetDocument => ({ ...seedProfileSet(), name });

/** A deep copy of the seed document with the value at `path` replaced (REMOVE removes it); loosely typed for invalid values. */
export const profileDocumentWith = (path: readonly (string | number)[], value: unknown): unknown => withValueAt(seedProfileSet(), path, value);
