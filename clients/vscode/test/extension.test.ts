import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, beforeEach, test } from 'node:test';
import { Diagnostic, editor, fakeDocument, Range, saveDocument, type FakeDocument } from './vscodeStub';
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
    editor.statusBar = [];
    editor.output = '';
    delete editor.settings.checkOnSave;
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
    const document = unfinishedPalindrome();
    editor.activeDocument = document;

    await editor.commands.get('judge.check')!();

    const [diagnostic, ...rest] = editor.diagnostics.get(document.uri.toString()) ?? [];
    assert.deepEqual(rest, []);
    assert.ok(diagnostic instanceof Diagnostic);
    assert.deepEqual(diagnostic.range, new Range(3, unfinishedLine.length, 3, unfinishedLine.length)); // The missing `;`.
    assert.deepEqual([diagnostic.severity, diagnostic.code, diagnostic.source], [0, 'CS1002', 'judge']);
});

test('saving a Judge file puts its diagnostics in the Problems panel', async () => {
    const document = unfinishedPalindrome();

    saveDocument(document);
    const diagnostics = await eventually(() => editor.diagnostics.get(document.uri.toString()));

    assert.deepEqual(diagnostics.map(d => [d.code, d.range]), [['CS1002', new Range(3, unfinishedLine.length, 3, unfinishedLine.length)]]);
    assert.deepEqual(await eventually(() => editor.statusBar.at(-1)), 'Judge: 1 errors');
});

test('with judge.checkOnSave false, a save asks the service nothing', async () => {
    editor.settings.checkOnSave = false;
    const document = unfinishedPalindrome();

    const requests = await requestsDuring(async () => {
        saveDocument(document);
        await new Promise(resolve => setTimeout(resolve, 100)); // Longer than a check takes to send its request.
    });

    assert.deepEqual(requests, []);
    assert.equal(editor.diagnostics.get(document.uri.toString()), undefined);
    assert.deepEqual(editor.statusBar, []);
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

const unfinishedLine = '    public bool IsPalindrome(string s) => s.Length < 2';

/** A Judge file with one error: the `;` missing at the end of its fourth line. */
function unfinishedPalindrome(): FakeDocument {
    return fakeDocument(`// judge: valid-palindrome\npublic class Solution\n{\n${unfinishedLine}\n}\n`);
}

/** The first defined value `read` gives, polling: a check on save runs on its own, unawaited. */
async function eventually<T>(read: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    for (const deadline = Date.now() + timeoutMs; ; await new Promise(resolve => setTimeout(resolve, 20))) {
        const value = read();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`Nothing within ${timeoutMs} ms.`);
        }
    }
}

/** The URLs fetched while `action` runs. */
async function requestsDuring(action: () => Promise<void>): Promise<string[]> {
    const requests: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
        requests.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
    };
    try {
        await action();
    } finally {
        globalThis.fetch = realFetch;
    }
    return requests;
}
