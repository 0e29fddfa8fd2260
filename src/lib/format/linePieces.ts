/**
 * A host name or path written without spaces, in the pieces a line may break between: after each
 * dot and slash (`gso-bench.` `github.` `io`). A table cell on a phone then needs its longest piece,
 * not the whole name (found in review: `gso-bench.github.io` made a comparison table 29 px wider
 * than a 360 px screen). Text with a space, or without a dot or slash, is one piece.
 * @example linePieces("gso-bench.github.io") // ["gso-bench.", "github.", "io"]
 * @example linePieces("Terminal-Bench Leaderboard") // ["Terminal-Bench Leaderboard"]
 */
export function linePieces(text: string): string[] {
  if (/\s/.test(text) || !/[./]/.test(text)) return [text];
  return text.match(/[^./]*[./]+|[^./]+$/g) ?? [text];
}
