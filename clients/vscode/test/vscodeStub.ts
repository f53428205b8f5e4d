// A stand-in for the `vscode` module, just large enough for extension.ts, that records what the extension
// asks of the editor. It lets the glue's tests run under Node against the real service.
import Module from 'node:module';

export interface FakeDocument {
    uri: FakeUri;
    version: number;
    languageId: string;
    getText(): string;
}

export interface FakeUri {
    scheme: string;
    path: string;
    toString(): string;
}

export class Range {
    constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
}

export class Diagnostic {
    code: string | undefined;
    source: string | undefined;
    constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

type Command = (...args: unknown[]) => unknown;

/** What the extension did, for the tests to read; and the editor's state, for the tests to set. */
export const editor = {
    settings: {} as Record<string, unknown>,
    activeDocument: undefined as FakeDocument | undefined,
    choosePick: (items: { label: string }[]) => items[0] as unknown,
    commands: new Map<string, Command>(),
    executed: [] as { id: string; args: unknown[] }[],
    diagnostics: new Map<string, Diagnostic[]>(),
    output: '',
    progress: [] as string[],
    messages: [] as { kind: 'info' | 'warning' | 'error'; text: string }[],
    statusBar: [] as string[],
    opened: [] as FakeDocument[],
    contentProviders: new Map<string, { provideTextDocumentContent(uri: FakeUri): string }>(),
};

let documents = 0;

const saveListeners: ((document: FakeDocument) => unknown)[] = [];

/** Saves a document as VS Code does: the save listeners hear of it at once and are not awaited. */
export function saveDocument(document: FakeDocument): void {
    for (const listener of saveListeners) {
        listener(document);
    }
}

export function fakeDocument(text: string, languageId = 'csharp'): FakeDocument {
    return { uri: uri('untitled', `/Untitled-${++documents}`), version: 1, languageId, getText: () => text };
}

function uri(scheme: string, path: string): FakeUri {
    return { scheme, path, toString: () => `${scheme}:${path}` };
}

const disposable = { dispose: () => undefined };

const vscode = {
    Range,
    Diagnostic,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ViewColumn: { One: 1, Beside: -2 },
    ProgressLocation: { Notification: 15 },
    Uri: { from: (parts: { scheme: string; path: string }) => uri(parts.scheme, parts.path) },
    languages: {
        createDiagnosticCollection: () => ({
            set: (u: FakeUri, list: Diagnostic[]) => editor.diagnostics.set(u.toString(), list),
            delete: (u: FakeUri) => editor.diagnostics.delete(u.toString()),
            dispose: () => undefined,
        }),
    },
    window: {
        get activeTextEditor() {
            return editor.activeDocument && { document: editor.activeDocument };
        },
        createOutputChannel: () => ({
            clear: () => (editor.output = ''),
            append: (text: string) => (editor.output += text),
            show: () => undefined,
            dispose: () => undefined,
        }),
        showQuickPick: async (items: Promise<{ label: string }[]>) => editor.choosePick(await items),
        showTextDocument: async (document: FakeDocument) => {
            editor.activeDocument = document;
        },
        withProgress: async (_: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
            task({ report: (p: { message?: string }) => p.message && editor.progress.push(p.message) }, { onCancellationRequested: () => disposable }),
        setStatusBarMessage: (text: string) => {
            editor.statusBar.push(text);
            return disposable;
        },
        showInformationMessage: async (text: string) => void editor.messages.push({ kind: 'info', text }),
        showWarningMessage: async (text: string) => void editor.messages.push({ kind: 'warning', text }),
        showErrorMessage: async (text: string) => void editor.messages.push({ kind: 'error', text }),
    },
    workspace: {
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => editor.settings[key] ?? fallback }),
        openTextDocument: async (what: { language: string; content: string }) => {
            const document = fakeDocument(what.content, what.language);
            editor.opened.push(document);
            return document;
        },
        registerTextDocumentContentProvider: (scheme: string, provider: { provideTextDocumentContent(uri: FakeUri): string }) => {
            editor.contentProviders.set(scheme, provider);
            return disposable;
        },
        onDidChangeConfiguration: () => disposable,
        onDidSaveTextDocument: (listener: (document: FakeDocument) => unknown) => {
            saveListeners.push(listener);
            return disposable;
        },
        onDidCloseTextDocument: () => disposable,
    },
    commands: {
        registerCommand: (id: string, command: Command) => {
            editor.commands.set(id, command);
            return disposable;
        },
        executeCommand: async (id: string, ...args: unknown[]) => {
            editor.executed.push({ id, args });
            return editor.commands.get(id)?.(...args);
        },
    },
};

// `require('vscode')` from the extension gets the stand-in.
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
