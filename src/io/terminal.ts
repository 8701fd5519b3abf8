// Characters a terminal acts on instead of showing: C0 and C1 controls (escape sequences can retitle the
// window, move the cursor or fake output), DEL, line separators and the bidi overrides that reorder text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Returns text safe to print on one terminal line: every control character as `\xHH` or `\uHHHH`. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
