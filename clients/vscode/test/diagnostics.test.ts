import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../src/api/types';
import { toEditorDiagnostic, type EditorRange } from '../src/editor/diagnostics';
import { useJudge } from './judge';

const judge = useJudge();

test('a syntax error maps to the 0-based range of the missing semicolon', async () => {
    const source = 'public class Solution\n{\n    public bool IsPalindrome(string s)\n    {\n        return s.Length < 2\n    }\n}\n';

    const answer = await judge.client().check('valid-palindrome', source);

    assert.equal(answer.ok, false);
    assert.equal(answer.diagnostics.length, 1);
    const diagnostic = toEditorDiagnostic(answer.diagnostics[0]!);
    assert.deepEqual(diagnostic.range, { start: { line: 4, character: 27 }, end: { line: 4, character: 27 } });
    assert.equal(diagnostic.severity, 'error');
    assert.equal(diagnostic.code, 'CS1002');
    assert.ok(source.split('\n')[4]!.slice(0, 27).endsWith('< 2'), 'the empty range sits right after the expression');
});

test('a forbidden API maps to exactly its name, after characters outside the BMP', async () => {
    // "😀" is two UTF-16 code units, as the editor counts; the API counts the same way.
    const source = 'public class Solution\n{\n    public bool IsPalindrome(string s) => "😀" == System.IO.File.ReadAllText(s);\n}\n';

    const answer = await judge.client().check('valid-palindrome', source);

    const forbidden = answer.diagnostics.find(d => d.id === 'JUDGE100');
    assert.ok(forbidden, JSON.stringify(answer.diagnostics));
    const diagnostic = toEditorDiagnostic(forbidden);
    assert.equal(textAt(source, diagnostic.range), 'File');
    assert.equal(diagnostic.severity, 'error');
});

test('a clean source has no diagnostics and would run', async () => {
    const answer = await judge.client().check('valid-palindrome', '// judge: valid-palindrome\npublic class Solution { public bool IsPalindrome(string s) => true; }\n');

    assert.deepEqual({ ok: answer.ok, diagnostics: answer.diagnostics }, { ok: true, diagnostics: [] });
});

test("a diagnostic about the judge's own code goes to the top of the document", () => {
    const d: Diagnostic = { id: 'CS0000', severity: 'Warning', message: 'x', line: 0, column: 0, endLine: 0, endColumn: 0 };

    const diagnostic = toEditorDiagnostic(d);

    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(diagnostic.message, "In the judge's own code: x");
    assert.equal(diagnostic.severity, 'warning');
});

function textAt(source: string, range: EditorRange): string {
    assert.equal(range.start.line, range.end.line);
    return source.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
}
