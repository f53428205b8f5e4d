import { after, before } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JudgeClient, type JudgeClientOptions } from '../src/api/client';
import { repositoryRoot, startJudge, type RunningJudge } from './judgeServer';

/**
 * The Judge service for a test file: the one `npm test` started (JUDGE_TEST_URL), or, when the file runs
 * alone, one of its own for the file's tests.
 */
export function useJudge(): { ready(): Promise<string>; url(): string; client(options?: Partial<JudgeClientOptions>): JudgeClient } {
    let url: string | undefined;
    let own: RunningJudge | undefined;
    let starting: Promise<string> | undefined;
    const ready = () => (starting ??= (async () => {
        if (!process.env.JUDGE_TEST_URL) {
            own = await startJudge();
        }
        url = process.env.JUDGE_TEST_URL ?? own!.url;
        return url;
    })());
    before(ready);
    after(async () => {
        await own?.stop();
    });
    const address = () => {
        if (!url) {
            throw new Error('The Judge service is not started.');
        }
        return url;
    };
    return {
        ready,
        url: address,
        client: options => new JudgeClient({ serverUrl: address(), ...options }),
    };
}

/** A file of the problem bank, e.g. a reference solution. */
export function problemFile(problemId: string, path: string): string {
    return readFileSync(join(repositoryRoot(), 'problems', problemId, path), 'utf8');
}

/** Solutions shared by several tests (as in tests/Judge.Api.Tests/Submissions/Sources.cs). */
export const sources = {
    palindrome: [
        'using System.Linq;',
        '',
        'public class Solution',
        '{',
        '    public bool IsPalindrome(string s) => new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()) is var t && t.SequenceEqual(t.Reverse());',
        '}',
        '',
    ].join('\n'),
    palindromeCaseSensitive: [
        'public class Solution',
        '{',
        '    public bool IsPalindrome(string s)',
        '    {',
        '        var t = s.Where(char.IsLetterOrDigit).ToArray();',
        '        return t.SequenceEqual(t.AsEnumerable().Reverse());',
        '    }',
        '}',
        '',
    ].join('\n'),
};
