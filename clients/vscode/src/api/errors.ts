import type { ProblemDetails } from './types';

/** A refused request, with the service's RFC 9457 problem details turned into one readable sentence or two. */
export class JudgeApiError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly problem: ProblemDetails | undefined,
        /** Seconds the service asked to wait (429 and 503), when it said. */
        readonly retryAfterSeconds?: number,
    ) {
        super(message);
        this.name = 'JudgeApiError';
    }
}

/** The service could not be reached at all. */
export class JudgeUnreachableError extends Error {
    constructor(readonly server: string, cause: unknown) {
        super(`Judge is not reachable at ${server} (${describe(cause)}). Is it running, and is judge.serverUrl right?`);
        this.name = 'JudgeUnreachableError';
    }
}

/**
 * "Unknown problem. There is no problem 'x'. GET /api/problems lists them." or, for a 400 with `errors`,
 * "The run's tests are not valid. tests[0].input: The input is not valid JSON: ...".
 */
export function describeProblem(status: number, problem: ProblemDetails | undefined, fallback: string): string {
    const parts: string[] = [];
    if (problem?.title) {
        parts.push(sentence(problem.title));
    }
    if (problem?.detail) {
        parts.push(sentence(problem.detail));
    }
    for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
        parts.push(...messages.map(m => sentence(field ? `${field}: ${m}` : m)));
    }
    if (parts.length === 0) {
        parts.push(sentence(fallback || `The request failed with ${status}`));
    }
    const hint = hints[status];
    return [...parts, ...(hint ? [hint] : [])].join(' ');
}

const hints: Record<number, string> = {
    401: 'Set judge.apiKey to a key this service knows.',
    403: 'The API key in judge.apiKey may not do this.',
};

function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function describe(cause: unknown): string {
    if (cause instanceof Error) {
        const inner = (cause as Error & { cause?: unknown }).cause;
        return inner instanceof Error ? inner.message : cause.message;
    }
    return String(cause);
}

/** Reads a problem-details body if the answer has one. */
export async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) {
        return undefined;
    }
    try {
        return (await response.json()) as ProblemDetails;
    } catch {
        return undefined;
    }
}

/** RFC 9110 section 10.2.3: Retry-After is delay-seconds or an HTTP-date. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
    if (!header) {
        return undefined;
    }
    if (/^\d+$/.test(header.trim())) {
        return Number(header.trim());
    }
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
