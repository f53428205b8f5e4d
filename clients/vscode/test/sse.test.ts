import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readServerSentEvents, type ServerSentEvent } from '../src/api/sse';

const stream = [
    'event: status',
    'data: {"status":"Running"}',
    '',
    ': a comment',
    'event: test',
    'data: {"name":"café ✓ 😀"}',
    'id: 0',
    '',
    'event: result',
    'data: {"a":1,',
    'data:"b":2}',
    '',
    '',
].join('\r\n');

const expected: ServerSentEvent[] = [
    { event: 'status', data: '{"status":"Running"}', lastEventId: '' },
    { event: 'test', data: '{"name":"café ✓ 😀"}', lastEventId: '0' },
    { event: 'result', data: '{"a":1,\n"b":2}', lastEventId: '0' },
];

test('events split across chunks at any byte, CRLFs and multi-byte characters included, read the same', async () => {
    const bytes = new TextEncoder().encode(stream);
    for (let cut = 0; cut <= bytes.length; cut++) {
        const events = await read([bytes.slice(0, cut), bytes.slice(cut)]);
        assert.deepEqual(events, expected, `cut at byte ${cut}`);
    }
});

test('LF and CR line ends, a field without a colon, and an unknown field', async () => {
    const events = await read(['data\n\nevent: x\rdata: one\rretry: 5\rdata:  two\r\r']);

    assert.deepEqual(events, [
        { event: 'message', data: '', lastEventId: '' },
        { event: 'x', data: 'one\n two', lastEventId: '' },
    ]);
});

test('an event cut off by the end of the stream is dropped, and an event without data is not sent', async () => {
    const events = await read(['event: status\n\ndata: whole\n\nevent: result\ndata: {"half"']);

    assert.deepEqual(events, [{ event: 'message', data: 'whole', lastEventId: '' }]);
});

async function read(chunks: (Uint8Array | string)[]): Promise<ServerSentEvent[]> {
    const events: ServerSentEvent[] = [];
    for await (const e of readServerSentEvents((async function* () { yield* chunks; })())) {
        events.push(e);
    }
    return events;
}
