/** Where a JSON syntax error is, 1-based, as an editor shows it. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const positionPattern = / in JSON at position (\d+)/;
const endOfInput = 'Unexpected end of JSON input';

/**
 * Finds the line and column of `JSON.parse`'s error in `text`. V8 names the offset for most errors
 * ("… in JSON at position 42") but not for an unexpected token, where it quotes a snippet instead;
 * then the shortest prefix of `text` that fails for a reason other than ending too early is
 * searched for, since every shorter prefix is a valid start of a JSON document.
 */
export const locateJsonError = (text: string, error: SyntaxError): TextPosition => {
  if (error.message === endOfInput) return positionOf(text, text.length);
  const named = positionPattern.exec(error.message)?.[1];
  if (named !== undefined) return positionOf(text, Number(named));
  let fine = 0;
  let broken = text.length;
  while (broken - fine > 1) {
    const middle = Math.floor((fine + broken) / 2);
    if (failsWithin(text.slice(0, middle))) broken = middle;
    else fine = middle;
  }
  return positionOf(text, broken - 1);
};

/** The parser's complaint without V8's position or quoted snippet (the caller adds line/column). */
export const jsonErrorReason = (error: SyntaxError): string =>
  error.message
    .replace(positionPattern, '')
    .replace(/, (".*"|\.\.\..*) is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');

const failsWithin = (prefix: string): boolean => {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message === endOfInput) return false;
    // An error at the very end only means the prefix stops inside a number, escape or value.
    const at = positionPattern.exec(message)?.[1];
    return at === undefined || Number(at) < prefix.length;
  }
};

const positionOf = (text: string, offset: number): TextPosition => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
};
