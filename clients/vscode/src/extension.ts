// The VS Code glue: commands, settings, the Problems panel and the results view. Everything that talks to
// the service or shapes its answers lives in api/ and editor/, which do not import vscode and are tested
// against a real service.
import * as vscode from 'vscode';
import { JudgeClient } from './api/client';
import type { Diagnostic } from './api/types';
import { toEditorDiagnostic, type EditorRange, type EditorSeverity } from './editor/diagnostics';
import { problemIdOf, starterDocument, toPickItems, type ProblemPickItem } from './editor/problems';
import { SubmissionProgress } from './editor/progress';
import { formatRun, formatSubmission, verdictName } from './editor/results';

const statementScheme = 'judge-statement';

export function activate(context: vscode.ExtensionContext): void {
    const problems = vscode.languages.createDiagnosticCollection('judge');
    const results = vscode.window.createOutputChannel('Judge');
    const statements = new Map<string, string>();
    let client = createClient();

    const pickProblem = async () => {
        const items: Promise<ProblemPickItem[]> = client.listProblems().then(toPickItems);
        const pick = await vscode.window.showQuickPick(items, {
            placeHolder: 'Pick a problem',
            matchOnDescription: true,
            matchOnDetail: true,
        });
        if (!pick) {
            return;
        }
        const problem = await client.getProblem(pick.problemId);
        const document = await vscode.workspace.openTextDocument({ language: 'csharp', content: starterDocument(problem) });
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        statements.set(problem.id, problem.statement);
        const statement = vscode.Uri.from({ scheme: statementScheme, path: `/${problem.id}.md` });
        try {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', statement);
        } catch {
            // Without the built-in Markdown extension, the Markdown text itself.
            await vscode.window.showTextDocument(statement, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
        }
    };

    const check = async (document: vscode.TextDocument, quiet: boolean) => {
        const problemId = requireProblemId(document);
        const version = document.version;
        const answer = await client.check(problemId, document.getText());
        if (document.version !== version) {
            return; // Edited meanwhile: the ranges no longer fit; the next save checks again.
        }
        showDiagnostics(problems, document, answer.diagnostics);
        const errors = answer.diagnostics.filter(d => d.severity === 'Error').length;
        const message = answer.ok ? `Judge: ${problemId} compiles (${answer.diagnostics.length} warnings)` : `Judge: ${errors} errors`;
        vscode.window.setStatusBarMessage(message, quiet ? 3000 : 6000);
    };

    const runSamples = async () => {
        const document = activeDocument();
        const problemId = requireProblemId(document);
        const run = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `Judge: running the samples of ${problemId}…` },
            () => client.run(problemId, document.getText()));
        showDiagnostics(problems, document, run.diagnostics);
        showResults(results, formatRun(run));
        notify(run.verdict === 'Accepted', `Judge: ${verdictName(run.verdict)}, ${run.passed}/${run.total} samples passed`);
    };

    const submit = async () => {
        const document = activeDocument();
        const problemId = requireProblemId(document);
        const tracker = new SubmissionProgress();
        let submissionId = '';
        const submission = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `Judge: ${problemId}`, cancellable: true },
            async (progress, token) => {
                const stop = new AbortController();
                token.onCancellationRequested(() => stop.abort());
                progress.report({ message: 'Submitting…' });
                submissionId = (await client.submit(problemId, document.getText())).id;
                progress.report({ message: tracker.message });
                return client.follow(submissionId, e => {
                    tracker.apply(e);
                    progress.report({ message: tracker.message });
                }, stop.signal);
            }).then(s => s, error => {
                if (submissionId && error instanceof Error && error.name === 'AbortError') {
                    throw new Error(`Stopped following submission ${submissionId}; it is still judged (GET /api/submissions/${submissionId}).`);
                }
                throw error;
            });
        showDiagnostics(problems, document, submission.diagnostics);
        showResults(results, formatSubmission(submission));
        notify(submission.verdict === 'Accepted', `Judge: ${tracker.message}`);
    };

    context.subscriptions.push(
        problems,
        results,
        vscode.workspace.registerTextDocumentContentProvider(statementScheme, {
            provideTextDocumentContent: uri => statements.get(uri.path.replace(/^\//, '').replace(/\.md$/, '')) ?? '',
        }),
        vscode.workspace.onDidChangeConfiguration(e => {
            if (e.affectsConfiguration('judge')) {
                client = createClient();
            }
        }),
        vscode.commands.registerCommand('judge.pickProblem', () => reportErrors(pickProblem)),
        vscode.commands.registerCommand('judge.check', () => reportErrors(() => check(activeDocument(), false))),
        vscode.commands.registerCommand('judge.runSamples', () => reportErrors(runSamples)),
        vscode.commands.registerCommand('judge.submit', () => reportErrors(submit)),
        vscode.workspace.onDidSaveTextDocument(document => {
            if (problemIdOf(document.getText()) && vscode.workspace.getConfiguration('judge').get<boolean>('checkOnSave', true)) {
                // A failed check on save goes to the status bar, not a pop-up at every save.
                check(document, true).catch(error => vscode.window.setStatusBarMessage(`$(warning) ${messageOf(error)}`, 6000));
            }
        }),
        vscode.workspace.onDidCloseTextDocument(document => problems.delete(document.uri)),
    );
}

export function deactivate(): void {}

function createClient(): JudgeClient {
    const settings = vscode.workspace.getConfiguration('judge');
    return new JudgeClient({
        serverUrl: settings.get<string>('serverUrl', 'http://localhost:5000'),
        apiKey: settings.get<string>('apiKey', ''),
    });
}

function activeDocument(): vscode.TextDocument {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
        throw new Error('Open a solution first (Judge: Pick a Problem starts one).');
    }
    return document;
}

function requireProblemId(document: vscode.TextDocument): string {
    const problemId = problemIdOf(document.getText());
    if (!problemId) {
        throw new Error('This file does not say which problem it solves: make its first line `// judge: <problemId>`, or start from Judge: Pick a Problem.');
    }
    return problemId;
}

function showDiagnostics(collection: vscode.DiagnosticCollection, document: vscode.TextDocument, diagnostics: readonly Diagnostic[]): void {
    collection.set(document.uri, diagnostics.map(d => {
        const e = toEditorDiagnostic(d);
        const diagnostic = new vscode.Diagnostic(toRange(e.range), e.message, severities[e.severity]);
        diagnostic.code = e.code;
        diagnostic.source = 'judge';
        return diagnostic;
    }));
}

function toRange(r: EditorRange): vscode.Range {
    return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const severities: Record<EditorSeverity, vscode.DiagnosticSeverity> = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    information: vscode.DiagnosticSeverity.Information,
};

function showResults(channel: vscode.OutputChannel, text: string): void {
    channel.clear();
    channel.append(text);
    channel.show(true);
}

function notify(good: boolean, message: string): void {
    void (good ? vscode.window.showInformationMessage(message) : vscode.window.showWarningMessage(message));
}

async function reportErrors(command: () => Promise<void>): Promise<void> {
    try {
        await command();
    } catch (error) {
        void vscode.window.showErrorMessage(messageOf(error));
    }
}

function messageOf(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.startsWith('Judge') ? message : `Judge: ${message}`;
}
