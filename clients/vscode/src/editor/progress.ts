import type { SubmissionEvent } from '../api/client';
import type { JudgeStatus, SubmissionView } from '../api/types';
import { verdictName } from './results';

/**
 * The progress notification's line, fed by the events stream. The number of tests is known only with the
 * result, so while running it counts what has finished: "Running: 3 tests passed".
 */
export class SubmissionProgress {
    status: JudgeStatus = 'Queued';
    passed = 0;
    failed = 0;
    result: SubmissionView | undefined;
    private firstFailure: string | undefined;

    apply(e: SubmissionEvent): void {
        if (e.type === 'status') {
            this.status = e.status;
        } else if (e.type === 'test') {
            if (e.test.verdict === 'Accepted') {
                this.passed++;
            } else if (e.test.verdict !== 'Skipped') {
                this.failed++;
                this.firstFailure ??= `${verdictName(e.test.verdict)} on ${e.test.name}`;
            }
        } else {
            this.result = e.submission;
            this.status = e.submission.status;
        }
    }

    get message(): string {
        if (this.result) {
            return `${verdictName(this.result.verdict)}: ${this.result.passed}/${this.result.total} tests passed`;
        }
        switch (this.status) {
            case 'Queued':
                return 'Queued…';
            case 'Compiling':
                return 'Compiling…';
            default: {
                // A finished submission's stream replays its tests after the Completed status.
                const stage = this.status === 'Running' ? 'Running' : 'Judged';
                const passed = `${this.passed} ${this.passed === 1 ? 'test' : 'tests'} passed`;
                return this.failed === 0 ? `${stage}: ${passed}…` : `${stage}: ${passed}, ${this.failed} failed (${this.firstFailure})…`;
            }
        }
    }
}
