/**
 * Where a JSON text stops being JSON, for error messages. V8's JSON.parse names a position only for
 * some errors ("Unexpected token '}', "…" is not valid JSON" has none), so after JSON.parse has
 * failed this small scanner walks the grammar (RFC 8259) and reports the offset it got stuck at.
 */

class Stuck {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The offset of the first syntax error in `text`, or null when it is valid JSON (or too deep to scan). */
export function jsonSyntaxErrorOffset(text: string): number | null {
  let i = 0;
  const stuck = (): never => {
    throw new Stuck(i);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string): void => {
    if (text[i] !== ch) stuck();
    i++;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stuck();
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else if (e === 'u' && HEX4.test(text.slice(i + 1, i + 5))) i += 5;
        else stuck();
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stuck();
  };
  try {
    value();
    ws();
    if (i < text.length) stuck();
    return null;
  } catch (error) {
    if (error instanceof Stuck) return error.offset;
    if (error instanceof RangeError) return null; // nested too deep for the stack: no position
    throw error;
  }
}

/** "line 4, column 15" (1-based) of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length + 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** V8's JSON.parse message without its quoted copy of the input and its position. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}
