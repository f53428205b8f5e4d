import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRun } from '../src/editor/results';
import { problemFile, useJudge } from './judge';

const judge = useJudge();

test("running a wrong solution on the samples shows each sample and the failing one's diff", async () => {
    const run = await judge.client().run('pair-sum', problemFile('pair-sum', 'solutions/same-position-twice.cs'));

    assert.equal(run.verdict, 'WrongAnswer');
    const view = formatRun(run).split('\n');
    assert.match(view[0]!, /^Run of pair-sum on the samples: Wrong Answer, \d\/\d passed, /);
    for (const sample of run.tests) {
        assert.ok(view.some(l => l.includes(sample.name) && l.includes(sample.group)), `${sample.name} is listed`);
    }
    const failing = view.findIndex(l => /^✗ example-2 +samples +Wrong Answer +\d+\.\d+ ms +\d+\.\d MB$/.test(l));
    assert.ok(failing > 0, view.join('\n'));
    assert.deepEqual(view.slice(failing + 2, failing + 6), [
        '    input:    [[2, 4, 3], 6]',
        '    expected: [[2,4]]',
        '    actual:   [[2,4],[3,3]]',
        '                    ^',
    ]);
});

test("a source that does not compile runs nothing and shows the compiler's errors", async () => {
    const source = 'public class Solution { public bool IsPalindrome(string s) => undefined; }';

    const run = await judge.client().run('valid-palindrome', source);

    assert.equal(run.verdict, 'CompilationError');
    assert.deepEqual(run.tests, []);
    assert.equal(formatRun(run), [
        'Run of valid-palindrome on the samples: Compilation Error',
        '',
        'Compiler:',
        `  line 1, column ${source.indexOf('undefined') + 1}: error CS0103: The name 'undefined' does not exist in the current context`,
        '',
    ].join('\n'));
});
