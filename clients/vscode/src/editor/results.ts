import type { Diagnostic, RunResult, SubmissionView, Verdict } from '../api/types';
import { diffLines, firstDifference } from './diff';

/** What a run's test and a submission's test have in common; only samples and custom tests carry the texts. */
export interface TestLike {
    name: string;
    group: string;
    verdict: Verdict | null;
    timeMs: number;
    memoryKb: number;
    message: string | null;
    input?: string | null;
    expected?: string | null;
    actual?: string | null;
}

/** The results view of a run: a summary line, then each test with, where it failed, the diff. */
export function formatRun(run: RunResult): string {
    const summary = `Run of ${run.problemId} on ${describeGroups(run.tests)}: ${verdictName(run.verdict)}` + totals(run);
    return [summary, ...formatBody(run.diagnostics, run.tests)].join('\n') + '\n';
}

/** The results view of a finished submission. */
export function formatSubmission(s: SubmissionView): string {
    const summary = `Submission ${s.id} of ${s.problemId}: ${verdictName(s.verdict)}, score ${round(s.score)}` + totals(s);
    return [summary, ...formatBody(s.diagnostics, s.tests)].join('\n') + '\n';
}

/** "Wrong Answer", or "Not checked" for a test that ran without an expected output. */
export function verdictName(verdict: Verdict | null): string {
    return verdict === null ? 'Not checked' : verdict.replace(/(?<=[a-z])(?=[A-Z])/g, ' ');
}

export function formatTime(ms: number): string {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

export function formatMemory(kb: number): string {
    return `${(kb / 1024).toFixed(1)} MB`;
}

/** "line 5, column 28: error CS1002: ; expected". */
export function formatDiagnostic(d: Diagnostic): string {
    const where = d.line < 1 ? "the judge's own code" : `line ${d.line}, column ${d.column}`;
    return `${where}: ${d.severity.toLowerCase()} ${d.id}: ${d.message}`;
}

/**
 * A test's texts side by side: one-line outputs as `expected` over `actual` with a caret under the first
 * difference, longer ones as a line diff (`-` expected, `+` actual).
 */
export function formatDiff(expected: string, actual: string): string[] {
    const oneLine = (s: string) => !s.replace(/\r?\n$/, '').includes('\n');
    if (oneLine(expected) && oneLine(actual)) {
        const e = expected.replace(/\r?\n$/, '');
        const a = actual.replace(/\r?\n$/, '');
        const at = firstDifference(e, a);
        const lines = [`expected: ${clip(e, at)}`, `actual:   ${clip(a, at)}`];
        if (at >= 0) {
            lines.push(`          ${' '.repeat(clipStart(at) === 0 ? at : contextChars + 1)}^`); // '…' then the context
        }
        return lines;
    }
    const diff = diffLines(expected, actual);
    const shown = diff.slice(0, maxDiffLines).map(l => `${l.kind === 'same' ? ' ' : l.kind === 'expected' ? '-' : '+'} ${l.text}`);
    if (diff.length > maxDiffLines) {
        shown.push(`… ${diff.length - maxDiffLines} more lines`);
    }
    return ['diff (- expected, + actual):', ...shown];
}

const maxDiffLines = 60;
const contextChars = 60;

function formatBody(diagnostics: readonly Diagnostic[], tests: readonly TestLike[]): string[] {
    const lines: string[] = [];
    if (diagnostics.length > 0) {
        lines.push('', 'Compiler:', ...diagnostics.map(d => `  ${formatDiagnostic(d)}`));
    }
    if (tests.length === 0) {
        return lines;
    }
    const nameWidth = Math.max(...tests.map(t => t.name.length));
    const groupWidth = Math.max(...tests.map(t => t.group.length));
    const verdictWidth = Math.max(...tests.map(t => verdictName(t.verdict).length));
    lines.push('');
    for (const t of tests) {
        lines.push(`${mark(t.verdict)} ${t.name.padEnd(nameWidth)}  ${t.group.padEnd(groupWidth)}  ` +
            `${verdictName(t.verdict).padEnd(verdictWidth)}  ${formatTime(t.timeMs).padStart(9)}  ${formatMemory(t.memoryKb).padStart(8)}`);
        if (t.verdict === 'Accepted' || t.verdict === 'Skipped') {
            continue;
        }
        const details: string[] = [];
        if (t.message) {
            details.push(t.message);
        }
        if (t.input != null) {
            details.push(...labelled('input:    ', t.input));
        }
        if (t.expected != null && t.actual != null) {
            details.push(...formatDiff(t.expected, t.actual));
        } else if (t.actual != null) {
            details.push(...labelled('actual:   ', t.actual));
        }
        lines.push(...details.map(d => `    ${d}`));
    }
    return lines;
}

/** ", 2/3 passed, 1.40 ms, 38.3 MB", or nothing when no test ran (a compile error). */
function totals(r: { passed: number; total: number; timeMs: number; memoryKb: number; tests: readonly unknown[] }): string {
    return r.tests.length === 0 ? '' : `, ${r.passed}/${r.total} passed, ${formatTime(r.timeMs)}, ${formatMemory(r.memoryKb)}`;
}

function mark(verdict: Verdict | null): string {
    return verdict === 'Accepted' ? '✓' : verdict === null || verdict === 'Skipped' ? '·' : '✗';
}

function describeGroups(tests: readonly TestLike[]): string {
    const custom = tests.some(t => t.group === 'custom');
    return custom ? 'your inputs' : 'the samples';
}

function labelled(label: string, text: string): string[] {
    const [first, ...rest] = text.replace(/\r?\n$/, '').split(/\r?\n/);
    return [`${label}${first}`, ...rest.map(l => `${' '.repeat(label.length)}${l}`)];
}

/** Long one-line outputs are cut to the neighbourhood of their first difference. */
function clip(text: string, at: number): string {
    const start = clipStart(at);
    const end = Math.max(start + 2 * contextChars, 2 * contextChars);
    return (start > 0 ? '…' : '') + text.slice(start, end) + (text.length > end ? '…' : '');
}

function clipStart(at: number): number {
    return at > contextChars ? at - contextChars : 0;
}

function round(n: number): string {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
