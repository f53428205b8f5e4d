import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { JsonRequest, JsonResponse, ProblemDetail, ProblemSummary, RunResult, SubmissionAccepted, SubmissionView, DiagnosticsResult } from '../src/api/types';
import { useJudge } from './judge';

const judge = useJudge();

test("the committed OpenAPI snapshot equals the live service's document", async () => {
    const response = await fetch(`${judge.url()}/openapi/v1.json`);
    assert.equal(response.status, 200);
    const live = (await response.json()) as Record<string, unknown>;
    delete live.servers; // The address it was fetched from; the snapshot leaves it out.

    const snapshot = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi', 'v1.json'), 'utf8')) as unknown;

    assert.deepStrictEqual(snapshot, live,
        'openapi/v1.json differs from the service: run `npm run openapi:refresh -- <server url>`, then `npm run build` to see what the change breaks.');
});

// Compile-time checks: the path-keyed types the client uses resolve to the documented schemas (a route
// or status the document lost would make them `Undeclared` and fail the build here).
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const resolved: [
    Equals<JsonResponse<'/api/problems', 'get', 200>, ProblemSummary[]>,
    Equals<JsonResponse<'/api/problems/{id}', 'get', 200>, ProblemDetail>,
    Equals<JsonResponse<'/api/diagnostics', 'post', 200>, DiagnosticsResult>,
    Equals<JsonResponse<'/api/runs', 'post', 200>, RunResult>,
    Equals<JsonResponse<'/api/submissions', 'post', 202>, SubmissionAccepted>,
    Equals<JsonResponse<'/api/submissions/{id}', 'get', 200>, SubmissionView>,
    Equals<keyof JsonRequest<'/api/runs', 'post'>, 'problemId' | 'source' | 'tests' | 'language'>,
] = [true, true, true, true, true, true, true];

test('the client’s request and answer types resolve to the documented schemas', () => {
    assert.ok(resolved.every(Boolean));
});
