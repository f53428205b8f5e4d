// `npm test`: one Judge service for every test file, whose address reaches them in JUDGE_TEST_URL, then
// Node's test runner over out/test/*.test.js. A test file run alone (node --test out/test/x.test.js)
// starts a service of its own instead.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startJudge } from './judgeServer';

async function main(): Promise<number> {
    const judge = await startJudge();
    const stopAndExit = (code: number) => void judge.stop().finally(() => process.exit(code));
    process.once('SIGINT', () => stopAndExit(130));
    process.once('SIGTERM', () => stopAndExit(143));
    try {
        const files = readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort().map(f => join(__dirname, f));
        const runner = spawn(process.execPath, ['--test', ...files], {
            stdio: 'inherit',
            env: { ...process.env, JUDGE_TEST_URL: judge.url },
        });
        return await new Promise<number>(resolve => runner.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    } finally {
        await judge.stop();
    }
}

main().then(code => process.exit(code), error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
