import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real Judge service: the build of src/Judge.Api, on a free loopback port, with its own empty database. */
export interface RunningJudge {
    url: string;
    stop(): Promise<void>;
}

/** The repository's root: the nearest folder above this file holding Judge.sln. */
export function repositoryRoot(): string {
    for (let folder = __dirname; ; folder = dirname(folder)) {
        if (existsSync(join(folder, 'Judge.sln'))) {
            return folder;
        }
        if (dirname(folder) === folder) {
            throw new Error('Judge.sln was not found above the tests.');
        }
    }
}

/**
 * Starts `dotnet Judge.Api.dll` as the .NET integration tests do (tests/Judge.Api.Tests/Infrastructure/
 * ServiceProcess.cs). JUDGE_CONFIGURATION picks the build (Release by default).
 */
export async function startJudge(): Promise<RunningJudge> {
    const root = repositoryRoot();
    const configuration = process.env.JUDGE_CONFIGURATION ?? 'Release';
    const dll = join(root, 'src', 'Judge.Api', 'bin', configuration, 'net10.0', 'Judge.Api.dll');
    if (!existsSync(dll)) {
        throw new Error(`${dll} is missing: build the service first (dotnet build Judge.sln -c ${configuration}).`);
    }
    const url = `http://127.0.0.1:${await freePort()}`;
    const data = mkdtempSync(join(tmpdir(), 'judge-vscode-tests-'));
    const child = spawn('dotnet', [dll, '--urls', url], {
        env: {
            ...process.env,
            Storage__DataPath: data,
            Judge__ProblemsPath: join(root, 'problems'),
            Logging__LogLevel__Default: 'Warning',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const keep = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean).slice(-50));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const stop = async () => {
        await kill(child);
        rmSync(data, { recursive: true, force: true });
    };
    try {
        await waitUntilHealthy(url, child);
    } catch (error) {
        await stop();
        throw new Error(`${(error as Error).message}\n${log.slice(-50).join('\n')}`);
    }
    return { url, stop };
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.status === 200) {
                return;
            }
        } catch {
            // Not listening yet.
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(child.exitCode === null ? 'The Judge service did not become healthy in time.' : `The Judge service exited with ${child.exitCode}.`);
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port.'))));
        });
    });
}

async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    const exited = new Promise(resolve => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
}
