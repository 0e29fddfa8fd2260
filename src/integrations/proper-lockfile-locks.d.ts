/**
 * proper-lockfile's own module (4.1.2, lib/lockfile.js), which @types/proper-lockfile does not
 * describe: only `getLocks` is used, by src/integrations/safeWrite.ts, to forget a lock another
 * command has taken over without removing its folder.
 */
declare module "proper-lockfile/lib/lockfile.js" {
  /** The locks this process holds, by resolved path; proper-lockfile's live record, not a copy. */
  export function getLocks(): Record<string, { updateTimeout?: ReturnType<typeof setTimeout> | null; released?: boolean }>;
}
