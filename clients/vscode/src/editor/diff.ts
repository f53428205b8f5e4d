/** A line of a diff from the expected text to the actual one. */
export interface DiffLine {
    kind: 'same' | 'expected' | 'actual';
    text: string;
}

/** Past this many line pairs the diff is the common head and tail around one changed block (no LCS table). */
const maxCells = 250_000;

/** A line diff by longest common subsequence: lines only in `expected`, only in `actual`, or in both. */
export function diffLines(expected: string, actual: string): DiffLine[] {
    const a = splitLines(expected);
    const b = splitLines(actual);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) {
        head++;
    }
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
        tail++;
    }
    const same = (lines: string[]) => lines.map(text => ({ kind: 'same' as const, text }));
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    const middle = midA.length * midB.length > maxCells
        ? [...midA.map(text => ({ kind: 'expected' as const, text })), ...midB.map(text => ({ kind: 'actual' as const, text }))]
        : lcsDiff(midA, midB);
    return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

/** The index of the first UTF-16 code unit where the two differ, or -1 when they are equal. */
export function firstDifference(a: string, b: string): number {
    if (a === b) {
        return -1;
    }
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
        i++;
    }
    return i;
}

function splitLines(text: string): string[] {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    // A final newline ends the last line; it does not start an empty one.
    return lines.length > 1 && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

function lcsDiff(a: string[], b: string[]): DiffLine[] {
    // common[i][j]: length of the LCS of a[i..] and b[j..].
    const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
        }
    }
    const lines: DiffLine[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            lines.push({ kind: 'same', text: a[i++]! });
            j++;
        } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
            lines.push({ kind: 'expected', text: a[i++]! });
        } else {
            lines.push({ kind: 'actual', text: b[j++]! });
        }
    }
    return lines;
}
