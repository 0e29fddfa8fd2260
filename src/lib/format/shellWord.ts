/**
 * One word of a command line as a POSIX shell reads it back: bare when it holds nothing a shell
 * treats specially, else in single quotes (a quote inside written `'\''`).
 * Every command the tools print for an editor to copy quotes its values with it.
 * @example shellWord("0.0") // "0.0"
 * @example shellWord("model=Model; score=Score") // "'model=Model; score=Score'"
 */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
