import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffLines } from '../src/editor/diff';
import { formatDiff, formatMemory, formatTime, verdictName } from '../src/editor/results';

test('a one-line difference is marked under its first differing character', () => {
    assert.deepEqual(formatDiff('[1,2,3]', '[1,5,3]\n'), [
        'expected: [1,2,3]',
        'actual:   [1,5,3]',
        '             ^',
    ]);
});

test('a long one-line output is cut to the neighbourhood of its difference', () => {
    const expected = `[${'1,'.repeat(100)}2]`;
    const actual = `[${'1,'.repeat(100)}3]`;

    const [e, a, caret] = formatDiff(expected, actual);

    assert.ok(e!.length < 140 && e!.startsWith('expected: …'));
    assert.equal(a!.slice(10).indexOf('3'), caret!.indexOf('^') - 10);
});

test('multi-line outputs get a line diff, expected lines first', () => {
    assert.deepEqual(formatDiff('auth INFO 2\ndb WARN 1\nweb INFO 4\n', 'auth INFO 2\ndb WARN 3\nweb INFO 4\n'), [
        'diff (- expected, + actual):',
        '  auth INFO 2',
        '- db WARN 1',
        '+ db WARN 3',
        '  web INFO 4',
    ]);
});

test('the line diff keeps the longest common run of lines', () => {
    const kinds = diffLines('a\nb\nc\nd', 'a\nc\nd\ne').map(l => `${l.kind[0]}${l.text}`);

    assert.deepEqual(kinds, ['sa', 'eb', 'sc', 'sd', 'ae']);
});

test('verdicts, times and memory read as words and units', () => {
    assert.equal(verdictName('TimeLimitExceeded'), 'Time Limit Exceeded');
    assert.equal(verdictName(null), 'Not checked');
    assert.deepEqual([formatTime(0.523), formatTime(14.23), formatTime(2100)], ['0.52 ms', '14.2 ms', '2.10 s']);
    assert.equal(formatMemory(45452), '44.4 MB');
});
