/** A demo entry: non-localized fields, Lithuanian text, optional English text, relations by key. */
export interface DemoEntry {
  /** Stable key other entries use to refer to this one. */
  key: string;
  /** Fields that are the same in every locale (dates, numbers, enumerations, components). */
  data?: Record<string, unknown>;
  lt: Record<string, unknown>;
  /** Absent for entries that exist only in Lithuanian. */
  en?: Record<string, unknown>;
  /** Relation fields, each a key (or list of keys) of entries of the target type. */
  links?: Record<string, string | string[]>;
  /** Left as a draft (for example a submission waiting for review). */
  draft?: boolean;
}
