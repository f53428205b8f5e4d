// Small fetch helpers that work on every Node this runs on (18 and later) and in VS Code.

/** Reads the whole body while the request's timeout still runs, then hands back an equivalent response. */
export async function buffered(response: Response, dispose: () => void): Promise<Response> {
    try {
        const body = response.status === 304 || response.status === 204 ? null : await response.arrayBuffer();
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
        dispose();
    }
}

/** The caller's signal and a timeout as one signal (AbortSignal.any is not in every Node this runs on). */
export function combine(outer: AbortSignal | undefined, timeoutMs: number | undefined): { signal: AbortSignal; dispose: () => void } {
    const controller = new AbortController();
    const abort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', abort);
    if (outer?.aborted) {
        abort();
    }
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(new Error(`No answer within ${timeoutMs} ms`)), timeoutMs);
    return {
        signal: controller.signal,
        dispose: () => {
            clearTimeout(timer);
            outer?.removeEventListener('abort', abort);
        },
    };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
