import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, beforeEach, test } from 'node:test';
import { Diagnostic, editor, fakeDocument, Range } from './vscodeStub';
import { problemFile, sources, useJudge } from './judge';

// The glue in extension.ts, driven through its commands as VS Code would, with the editor stood in for.
const judge = useJudge();

before(async () => {
    editor.settings.serverUrl = await judge.ready();
    const extension = await import('../src/extension');
    extension.activate({ subscriptions: [] } as never);
});

beforeEach(() => {
    editor.progress = [];
    editor.messages = [];
    editor.output = '';
});

test('activation registers every command the extension contributes', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };

    assert.deepEqual([...editor.commands.keys()].sort(), manifest.contributes.commands.map(c => c.command).sort());
});

test('Pick a Problem opens the starter code and shows the statement beside it', async () => {
    editor.choosePick = items => items.find(i => i.label === 'Valid Palindrome');

    await editor.commands.get('judge.pickProblem')!();

    assert.deepEqual(editor.messages, []);
    const starter = editor.opened.at(-1)!;
    assert.equal(starter.languageId, 'csharp');
    assert.match(starter.getText(), /^\/\/ judge: valid-palindrome\npublic class Solution/);
    const preview = editor.executed.find(e => e.id === 'markdown.showPreviewToSide');
    const statementUri = preview?.args[0] as { scheme: string; path: string };
    assert.equal(statementUri.path, '/valid-palindrome.md');
    assert.match(editor.contentProviders.get(statementUri.scheme)!.provideTextDocumentContent(statementUri as never), /^# Valid Palindrome/);
});

test('Check puts the diagnostics in the Problems panel at editor positions', async () => {
    const unfinished = '    public bool IsPalindrome(string s) => s.Length < 2';
    const document = fakeDocument(`// judge: valid-palindrome\npublic class Solution\n{\n${unfinished}\n}\n`);
    editor.activeDocument = document;

    await editor.commands.get('judge.check')!();

    const [diagnostic, ...rest] = editor.diagnostics.get(document.uri.toString()) ?? [];
    assert.deepEqual(rest, []);
    assert.ok(diagnostic instanceof Diagnostic);
    assert.deepEqual(diagnostic.range, new Range(3, unfinished.length, 3, unfinished.length)); // The missing `;`.
    assert.deepEqual([diagnostic.severity, diagnostic.code, diagnostic.source], [0, 'CS1002', 'judge']);
});

test('Run the Samples shows each sample and the failing one’s diff', async () => {
    editor.activeDocument = fakeDocument(`// judge: pair-sum\n${problemFile('pair-sum', 'solutions/same-position-twice.cs')}`);

    await editor.commands.get('judge.runSamples')!();

    assert.match(editor.output, /^Run of pair-sum on the samples: Wrong Answer/);
    assert.match(editor.output, /expected: \[\[2,4\]\]\n {4}actual: {3}\[\[2,4\],\[3,3\]\]\n/);
    assert.equal(editor.messages.at(-1)?.kind, 'warning');
});

test('Submit reports progress from the events stream, then shows every test', async () => {
    editor.activeDocument = fakeDocument(`// judge: valid-palindrome\n${sources.palindrome}`);

    await editor.commands.get('judge.submit')!();

    assert.deepEqual(editor.messages.map(m => m.kind), ['info']);
    assert.match(editor.messages[0]!.text, /^Judge: Accepted: (\d+)\/\1 tests passed$/);
    assert.ok(editor.progress.some(m => /: 3 tests passed…$/.test(m)), editor.progress.join('\n'));
    assert.match(editor.output, /^Submission \w+ of valid-palindrome: Accepted, score 100, /);
    assert.match(editor.output, /\n✓ example-1 +samples +Accepted /);
});

test('a file that names no problem gets a message saying how to name one', async () => {
    editor.activeDocument = fakeDocument('public class Solution {}\n');

    await editor.commands.get('judge.submit')!();

    assert.equal(editor.messages.length, 1);
    assert.equal(editor.messages[0]!.kind, 'error');
    assert.match(editor.messages[0]!.text, /first line `\/\/ judge: <problemId>`/);
});
