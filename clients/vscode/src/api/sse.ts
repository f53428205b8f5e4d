/** One event of a `text/event-stream`. */
export interface ServerSentEvent {
    /** The `event:` field; `message` when there was none. */
    event: string;
    /** The `data:` lines joined with newlines. */
    data: string;
    /** The last `id:` seen on the stream so far (the spec's "last event ID"), or "" before any. */
    lastEventId: string;
}

/**
 * Reads a Server-Sent Events stream as the HTML standard's "event stream interpretation" does: lines end
 * with CRLF, LF or CR; `:` starts a comment; a blank line dispatches the event; an event cut off by the
 * end of the stream is dropped. Chunks may split lines, fields or characters anywhere.
 */
export async function* readServerSentEvents(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<ServerSentEvent> {
    const decoder = new TextDecoder('utf-8');
    let buffer = '';
    let first = true;
    let event = '';
    let data: string[] = [];
    let lastEventId = '';

    const lineEvent = (line: string): ServerSentEvent | undefined => {
        if (line === '') {
            const dispatched = data.length > 0 ? { event: event || 'message', data: data.join('\n'), lastEventId } : undefined;
            event = '';
            data = [];
            return dispatched;
        }
        if (line.startsWith(':')) {
            return undefined;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) {
            value = value.slice(1);
        }
        if (field === 'event') {
            event = value;
        } else if (field === 'data') {
            data.push(value);
        } else if (field === 'id' && !value.includes('\0')) {
            lastEventId = value;
        }
        return undefined;
    };

    for await (const chunk of chunks) {
        buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        if (first && buffer.length > 0) {
            buffer = buffer.replace(/^\uFEFF/, '');
            first = false;
        }
        let start = 0;
        for (let i = 0; i < buffer.length; i++) {
            const c = buffer[i];
            if (c !== '\n' && c !== '\r') {
                continue;
            }
            if (c === '\r' && i === buffer.length - 1) {
                break; // A CR at the end of a chunk may be the first half of a CRLF.
            }
            const dispatched = lineEvent(buffer.slice(start, i));
            if (c === '\r' && buffer[i + 1] === '\n') {
                i++;
            }
            start = i + 1;
            if (dispatched) {
                yield dispatched;
            }
        }
        buffer = buffer.slice(start);
    }
    if (buffer.endsWith('\r')) {
        const dispatched = lineEvent(buffer.slice(0, -1));
        if (dispatched) {
            yield dispatched;
        }
    }
}

/** A fetch body as chunks (a `getReader` loop works on every Node with fetch, iteration not everywhere). */
export async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
    const reader = body.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            yield value;
        }
    } finally {
        // Stops the download when the reader leaves early (a cancelled submit).
        await reader.cancel().catch(() => undefined);
    }
}
