import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { JudgeClient } from '../src/api/client';
import { JudgeApiError, JudgeUnreachableError, retryAfterSeconds } from '../src/api/errors';
import { useJudge } from './judge';

const judge = useJudge();

test('an unknown problem becomes the service’s own readable sentence', async () => {
    const error = await rejection(judge.client().check('no-such-problem', 'public class Solution {}'));

    assert.ok(error instanceof JudgeApiError);
    assert.equal(error.status, 404);
    assert.equal(error.message, "Unknown problem. There is no problem 'no-such-problem'. GET /api/problems lists them.");
});

test('a validation error names each bad field', async () => {
    const error = await rejection(judge.client().run('pair-sum', 'public class Solution {}', ['[[1, 2], 3]', 'not json']));

    assert.ok(error instanceof JudgeApiError);
    assert.equal(error.status, 400);
    assert.match(error.message, /^The run's tests are not valid\. tests\[1\]\.input: The input is not valid JSON: /);
});

test('an empty source is refused with the field named', async () => {
    const error = await rejection(judge.client().submit('valid-palindrome', ''));

    assert.ok(error instanceof JudgeApiError);
    assert.match(error.message, /source: /);
});

test('a service that is not there says where it was looked for', async () => {
    const closed = await withServer(() => undefined, async url => url); // Closed once this returns.

    const error = await rejection(new JudgeClient({ serverUrl: closed }).listProblems());

    assert.ok(error instanceof JudgeUnreachableError);
    assert.match(error.message, new RegExp(`^Judge is not reachable at ${closed} \\(.+\\)\\. Is it running, and is judge\\.serverUrl right\\?$`));
});

test('a 503 is tried again after its Retry-After, with the API key each time', async () => {
    const seen: (string | undefined)[] = [];
    const started = Date.now();
    const problems = await withServer((request, response) => {
        seen.push(request.headers['x-api-key'] as string | undefined);
        if (seen.length === 1) {
            problem(response, 503, { 'retry-after': '1' }, { title: 'The judge is busy.', status: 503 });
        } else {
            response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
        }
    }, url => new JudgeClient({ serverUrl: url, apiKey: 'secret' }).listProblems());

    assert.deepEqual(problems, []);
    assert.deepEqual(seen, ['secret', 'secret']);
    assert.ok(Date.now() - started >= 950, 'waited for Retry-After');
});

test('a 429 asking for a longer wait than the client allows says when to try again', async () => {
    let requests = 0;
    const error = await withServer((_, response) => {
        requests++;
        problem(response, 429, { 'retry-after': '120' }, { title: 'Too many requests.', status: 429 });
    }, url => rejection(new JudgeClient({ serverUrl: url }).listProblems()));

    assert.ok(error instanceof JudgeApiError);
    assert.equal(requests, 1);
    assert.equal(error.retryAfterSeconds, 120);
    assert.equal(error.message, 'Too many requests. Try again in 120 s.');
});

test('a 401 says which setting to change', async () => {
    const error = await withServer(
        (_, response) => problem(response, 401, {}, { title: 'Unauthorized', status: 401 }),
        url => rejection(new JudgeClient({ serverUrl: url }).submit('valid-palindrome', 'x')));

    assert.equal((error as Error).message, 'Unauthorized. Set judge.apiKey to a key this service knows.');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterSeconds('7', now), 7);
    assert.equal(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
    assert.equal(retryAfterSeconds(null, now), undefined);
    assert.equal(retryAfterSeconds('soon', now), undefined);
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
    try {
        await promise;
    } catch (error) {
        return error;
    }
    assert.fail('Expected the call to fail.');
}

function problem(response: ServerResponse, status: number, headers: Record<string, string>, body: object): void {
    response.writeHead(status, { 'content-type': 'application/problem+json', ...headers }).end(JSON.stringify(body));
}

/** A stand-in service for answers the real one gives only under load or with keys configured; closed after `use`. */
async function withServer<T>(handle: (request: IncomingMessage, response: ServerResponse) => void, use: (url: string) => Promise<T>): Promise<T> {
    const server = createServer(handle);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
        return await use(url);
    } finally {
        server.closeAllConnections?.();
        await new Promise(resolve => server.close(resolve));
    }
}
