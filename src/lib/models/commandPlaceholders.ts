/**
 * The blanks of a `npm run models -- add` command that a message prints for the editor to finish.
 * Words a shell passes as they are: `<true|false>` was read by the shell as a redirection, so the
 * command pasted as printed failed and left an empty file named `--released` (found in review).
 * Pasted unfinished, `models -- add` refuses each one and says what to write (scripts/models.ts).
 */
export const BLANK = { lab: "LAB", openWeights: "TRUE-OR-FALSE", released: "YYYY-MM-DD" } as const;

/** `--lab <lab or LAB> --open-weights TRUE-OR-FALSE[ --released YYYY-MM-DD]`, with the lab quoted as the caller gives it. */
export function addOptionBlanks(lab: string | undefined, { released = true }: { released?: boolean } = {}): string {
  return `--lab ${lab ?? BLANK.lab} --open-weights ${BLANK.openWeights}${released ? ` --released ${BLANK.released}` : ""}`;
}
