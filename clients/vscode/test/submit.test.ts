import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SubmissionEvent } from '../src/api/client';
import { SubmissionProgress } from '../src/editor/progress';
import { formatSubmission } from '../src/editor/results';
import { sources, useJudge } from './judge';

const judge = useJudge();

test('a submission is followed through its events stream to every test and the final verdict', async () => {
    const client = judge.client();
    const accepted = await client.submit('valid-palindrome', sources.palindrome);
    const events: SubmissionEvent[] = [];
    const progress = new SubmissionProgress();
    const messages: string[] = [];

    const submission = await client.follow(accepted.id, e => {
        events.push(e);
        progress.apply(e);
        messages.push(progress.message);
    });

    assert.equal(submission.verdict, 'Accepted');
    assert.equal(submission.status, 'Completed');
    const tests = events.flatMap(e => (e.type === 'test' ? [e] : []));
    assert.deepEqual(tests.map(t => t.index), submission.tests.map((_, i) => i));
    assert.deepEqual(tests.map(t => t.test), submission.tests);
    assert.equal(submission.total, submission.tests.length);
    // In order, each once; a submission judged before the stream opened replays as Completed alone.
    const statuses = events.flatMap(e => (e.type === 'status' ? [e.status] : []));
    assert.deepEqual(statuses, ['Queued', 'Compiling', 'Running', 'Completed'].filter(s => statuses.includes(s as never)));
    assert.equal(events.at(-1)?.type, 'result');
    assert.ok(messages.some(m => /^(Running|Judged): 3 tests passed…$/.test(m)), messages.join('\n'));
    assert.equal(progress.message, `Accepted: ${submission.total}/${submission.total} tests passed`);
    assert.match(formatSubmission(submission), new RegExp(`^Submission ${accepted.id} of valid-palindrome: Accepted, score 100, `));
});

test("a wrong submission's results view shows the failing sample's expected and actual", async () => {
    const client = judge.client();
    const accepted = await client.submit('valid-palindrome', sources.palindromeCaseSensitive);

    const submission = await client.follow(accepted.id, () => undefined);

    assert.equal(submission.verdict, 'WrongAnswer');
    const view = formatSubmission(submission);
    assert.match(view, /\n✗ example-1 +samples +Wrong Answer .*\n(?: {4}.*\n)? {4}input: {4}\["A man, a plan, a canal: Panama"\]\n {4}expected: true\n {4}actual: {3}false\n {14}\^\n/);
    // Hidden tests show their verdict, never their data.
    const hidden = submission.tests.find(t => t.group !== 'samples' && t.verdict !== 'Accepted');
    assert.ok(hidden === undefined || hidden.input == null);
});

test('a finished submission replays its whole stream to a late follower', async () => {
    const client = judge.client();
    const accepted = await client.submit('valid-palindrome', sources.palindrome);
    const first = await client.follow(accepted.id, () => undefined);

    const replayed: SubmissionEvent[] = [];
    const again = await client.follow(accepted.id, e => replayed.push(e));

    assert.deepEqual(again, first);
    assert.equal(replayed.filter(e => e.type === 'test').length, first.tests.length);
    assert.deepEqual(await client.getSubmission(accepted.id), first);
});
