import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemIdOf, starterDocument, toPickItems } from '../src/editor/problems';
import { useJudge } from './judge';

const judge = useJudge();

test('the problem list becomes quick-pick items with title and difficulty, easiest first', async () => {
    const problems = await judge.client().listProblems();
    const items = toPickItems(problems);

    assert.equal(items.length, problems.length);
    assert.ok(items.length >= 20);
    const palindrome = items.find(i => i.problemId === 'valid-palindrome');
    assert.deepEqual(
        { label: palindrome?.label, description: palindrome?.description, detail: palindrome?.detail },
        { label: 'Valid Palindrome', description: 'Easy', detail: 'Function · string · two-pointers' });
    const difficulties = items.map(i => i.description);
    assert.deepEqual(difficulties, [...difficulties].sort((a, b) => rank(a) - rank(b)));
});

test('an unchanged problem list is revalidated with its ETag and served from the cache', async () => {
    const client = judge.client();
    const statuses: number[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        statuses.push(response.status);
        return response;
    };
    try {
        const first = await client.listProblems();
        const second = await client.listProblems();
        assert.deepEqual(second, first);
    } finally {
        globalThis.fetch = realFetch;
    }
    assert.deepEqual(statuses, [200, 304]);
});

test("the starter document names its problem on the first line and holds the starter code", async () => {
    const problem = await judge.client().getProblem('valid-palindrome');

    const text = starterDocument(problem);

    assert.equal(problemIdOf(text), 'valid-palindrome');
    assert.ok(text.endsWith(problem.starterCode));
    assert.match(problem.statement, /^# Valid Palindrome/);
});

test('the problem is read from the first line only, in any line ending', () => {
    assert.equal(problemIdOf('// judge: pair-sum\r\npublic class Solution {}'), 'pair-sum');
    assert.equal(problemIdOf('\uFEFF  //judge:lru-cache  \n'), 'lru-cache');
    assert.equal(problemIdOf('public class Solution {}\n// judge: pair-sum\n'), undefined);
    assert.equal(problemIdOf('// judge: two words\n'), undefined);
    assert.equal(problemIdOf(''), undefined);
});

function rank(difficulty: string): number {
    return ['Easy', 'Medium', 'Hard'].indexOf(difficulty);
}
