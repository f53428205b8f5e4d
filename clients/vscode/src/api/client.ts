import { JudgeApiError, JudgeUnreachableError, describeProblem, readProblem, retryAfterSeconds } from './errors';
import { buffered, combine, sleep } from './http';
import { bodyChunks, readServerSentEvents } from './sse';
import type { JsonRequest, JsonResponse, JudgeStatus, Path, StatusEvent, SubmissionView, TestResult } from './types';

export interface JudgeClientOptions {
    /** The service's address, e.g. http://localhost:5000. */
    serverUrl: string;
    /** Sent as `X-Api-Key`; a service without keys needs none. */
    apiKey?: string;
    /** How often a 429 or 503 answer is tried again, each time after its Retry-After. */
    maxRetries?: number;
    /** A longer Retry-After is not waited for: the error says when to try again. */
    maxRetryDelayMs?: number;
    /** Time allowed for an ordinary request (not the events stream). */
    requestTimeoutMs?: number;
}

/** What `GET /api/submissions/{id}/events` sends, typed. */
export type SubmissionEvent =
    | { type: 'status'; status: JudgeStatus }
    | { type: 'test'; index: number; test: TestResult }
    | { type: 'result'; submission: SubmissionView };

/**
 * The Judge API for an editor. Every method's request and answer types come from the OpenAPI document, keyed
 * by the same path string the request uses, so a renamed route or field fails to compile here.
 */
export class JudgeClient {
    private readonly server: string;
    private readonly apiKey: string | undefined;
    private readonly maxRetries: number;
    private readonly maxRetryDelayMs: number;
    private readonly requestTimeoutMs: number;
    /** Problems by URL with their ETag: revalidated with If-None-Match, so an unchanged bank costs a 304. */
    private readonly cache = new Map<string, { etag: string; body: unknown }>();

    constructor(options: JudgeClientOptions) {
        this.server = options.serverUrl.replace(/\/+$/, '');
        this.apiKey = options.apiKey || undefined;
        this.maxRetries = options.maxRetries ?? 3;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
    }

    listProblems(): Promise<JsonResponse<'/api/problems', 'get', 200>> {
        return this.getCached(route('/api/problems', {}));
    }

    getProblem(id: string): Promise<JsonResponse<'/api/problems/{id}', 'get', 200>> {
        return this.getCached(route('/api/problems/{id}', { id }));
    }

    /** Compile errors, warnings and the judge's checks; nothing runs. */
    check(problemId: string, source: string): Promise<JsonResponse<'/api/diagnostics', 'post', 200>> {
        const body: JsonRequest<'/api/diagnostics', 'post'> = { problemId, source, language: 'csharp' };
        return this.postJson(route('/api/diagnostics', {}), body);
    }

    /** The samples, or the given inputs checked against the reference solution. Not stored. */
    run(problemId: string, source: string, inputs?: string[]): Promise<JsonResponse<'/api/runs', 'post', 200>> {
        const body: JsonRequest<'/api/runs', 'post'> = { problemId, source, language: 'csharp', tests: inputs?.map(input => ({ input })) ?? null };
        return this.postJson(route('/api/runs', {}), body);
    }

    /** Queues a submission; follow it with {@link follow}. */
    submit(problemId: string, source: string): Promise<JsonResponse<'/api/submissions', 'post', 202>> {
        const body: JsonRequest<'/api/submissions', 'post'> = { problemId, source, language: 'csharp' };
        return this.postJson(route('/api/submissions', {}), body);
    }

    async getSubmission(id: string): Promise<JsonResponse<'/api/submissions/{id}', 'get', 200>> {
        const response = await this.send('GET', route('/api/submissions/{id}', { id }));
        return (await response.json()) as JsonResponse<'/api/submissions/{id}', 'get', 200>;
    }

    /** The submission's events as they come, ending with `result`. */
    async *events(id: string, signal?: AbortSignal): AsyncGenerator<SubmissionEvent> {
        const response = await this.send('GET', route('/api/submissions/{id}/events', { id }), { accept: 'text/event-stream', signal, stream: true });
        if (!response.body) {
            return;
        }
        let tests = 0;
        for await (const e of readServerSentEvents(bodyChunks(response.body))) {
            if (e.event === 'status') {
                yield { type: 'status', status: (JSON.parse(e.data) as StatusEvent).status };
            } else if (e.event === 'test') {
                // The service numbers tests in `id:`; counting them gives the same index.
                const index = /^\d+$/.test(e.lastEventId) ? Number(e.lastEventId) : tests;
                tests = index + 1;
                yield { type: 'test', index, test: JSON.parse(e.data) as TestResult };
            } else if (e.event === 'result') {
                yield { type: 'result', submission: JSON.parse(e.data) as SubmissionView };
                return;
            }
        }
    }

    /**
     * Follows a submission to its result, calling `onEvent` for every status change and each test once. A
     * stream that breaks off is opened again; the service replays it from the start, so tests already
     * seen are skipped.
     */
    async follow(id: string, onEvent: (e: SubmissionEvent) => void, signal?: AbortSignal): Promise<SubmissionView> {
        let seenTests = 0;
        let lastStatus: JudgeStatus | undefined;
        for (let attempt = 0; ; attempt++) {
            try {
                for await (const e of this.events(id, signal)) {
                    if (e.type === 'test' && e.index < seenTests) {
                        continue;
                    }
                    if (e.type === 'status' && e.status === lastStatus) {
                        continue; // The keep-alive repeat of the same status.
                    }
                    if (e.type === 'test') {
                        seenTests = e.index + 1;
                    } else if (e.type === 'status') {
                        lastStatus = e.status;
                    }
                    onEvent(e);
                    if (e.type === 'result') {
                        return e.submission;
                    }
                }
            } catch (error) {
                if (error instanceof JudgeApiError || signal?.aborted || attempt >= 3) {
                    throw error;
                }
            }
            if (attempt >= 3) {
                throw new Error(`The events stream of submission ${id} kept ending before its result.`);
            }
            await sleep(1000, signal);
        }
    }

    private async getCached<T>(path: string): Promise<T> {
        const cached = this.cache.get(path);
        const response = await this.send('GET', path, { ifNoneMatch: cached?.etag });
        if (response.status === 304 && cached) {
            return cached.body as T;
        }
        const body = (await response.json()) as T;
        const etag = response.headers.get('etag');
        if (etag) {
            this.cache.set(path, { etag, body });
        }
        return body;
    }

    private async postJson<T>(path: string, body: unknown): Promise<T> {
        const response = await this.send('POST', path, { body: JSON.stringify(body) });
        return (await response.json()) as T;
    }

    /** One request, tried again after Retry-After on 429 and 503; any other failure becomes a readable error. */
    private async send(method: 'GET' | 'POST', path: string, options: SendOptions = {}): Promise<Response> {
        const url = this.server + path;
        const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
        if (this.apiKey) {
            headers['x-api-key'] = this.apiKey;
        }
        if (options.body !== undefined) {
            headers['content-type'] = 'application/json';
        }
        if (options.ifNoneMatch) {
            headers['if-none-match'] = options.ifNoneMatch;
        }
        for (let attempt = 0; ; attempt++) {
            const deadline = options.stream ? undefined : this.requestTimeoutMs;
            const { signal, dispose } = combine(options.signal, deadline);
            let response: Response;
            try {
                response = await fetch(url, { method, headers, body: options.body, signal });
            } catch (error) {
                dispose();
                if (options.signal?.aborted) {
                    throw error;
                }
                throw new JudgeUnreachableError(this.server, error);
            }
            if (!options.stream) {
                // The timeout covers the body too, so it is cleared only once the caller has read it.
                response = await buffered(response, dispose);
            }
            if (response.ok || response.status === 304) {
                return response;
            }
            dispose();
            const problem = await readProblem(response);
            const wait = retryAfterSeconds(response.headers.get('retry-after'));
            const busy = response.status === 429 || response.status === 503;
            if (busy && attempt < this.maxRetries && (wait ?? 1) * 1000 <= this.maxRetryDelayMs) {
                await sleep((wait ?? 1) * 1000, options.signal);
                continue;
            }
            let message = describeProblem(response.status, problem, `${method} ${path} answered ${response.status} ${response.statusText}`);
            if (busy && wait !== undefined) {
                message += ` Try again in ${wait} s.`;
            }
            throw new JudgeApiError(message, response.status, problem, wait);
        }
    }
}

interface SendOptions {
    body?: string;
    accept?: string;
    ifNoneMatch?: string;
    signal?: AbortSignal;
    /** A long-lived answer read as it comes: no timeout, not buffered. */
    stream?: boolean;
}

/** Fills a route template's `{name}` parameters; the template is also the key of its types in `paths`. */
function route<P extends Path>(template: P, parameters: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parameters[name] ?? ''));
}
