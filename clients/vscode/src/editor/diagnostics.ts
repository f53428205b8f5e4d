import type { Diagnostic } from '../api/types';

/** A position as VS Code and LSP count: 0-based line, 0-based UTF-16 code unit. */
export interface EditorPosition {
    line: number;
    character: number;
}

export interface EditorRange {
    start: EditorPosition;
    /** Exclusive, like the API's end column. */
    end: EditorPosition;
}

export type EditorSeverity = 'error' | 'warning' | 'information';

export interface EditorDiagnostic {
    range: EditorRange;
    severity: EditorSeverity;
    message: string;
    /** CS1002, JUDGE100, ... */
    code: string;
}

/**
 * The API counts 1-based lines and columns in UTF-16 code units of exactly the text sent, the end column
 * exclusive (a missing `;` is an empty span, start = end); the editor counts from 0. Line 0 means the
 * judge's own files, so such a diagnostic goes at the top of the document.
 */
export function toEditorRange(d: Diagnostic): EditorRange {
    if (d.line < 1) {
        return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const start = { line: d.line - 1, character: Math.max(0, d.column - 1) };
    const end = { line: Math.max(0, d.endLine - 1), character: Math.max(0, d.endColumn - 1) };
    const endsBeforeStart = end.line < start.line || (end.line === start.line && end.character < start.character);
    return { start, end: endsBeforeStart ? start : end };
}

export function toEditorDiagnostic(d: Diagnostic): EditorDiagnostic {
    return {
        range: toEditorRange(d),
        severity: severities[d.severity],
        message: d.line < 1 ? `In the judge's own code: ${d.message}` : d.message,
        code: d.id,
    };
}

const severities: Record<Diagnostic['severity'], EditorSeverity> = {
    Error: 'error',
    Warning: 'warning',
    Info: 'information',
};
