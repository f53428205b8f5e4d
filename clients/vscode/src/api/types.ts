// The API's types, all generated from the committed OpenAPI snapshot (openapi/v1.json -> src/generated/api.ts),
// so a change to the API that breaks this client breaks its compilation.
import type { components, paths } from '../generated/api';

type Schemas = components['schemas'];

export type ProblemSummary = Schemas['ProblemSummary'];
export type ProblemDetail = Schemas['ProblemDetail'];
export type Diagnostic = Schemas['Diagnostic'];
export type DiagnosticsResult = Schemas['DiagnosticsResult'];
export type RunResult = Schemas['RunResult'];
export type RunTestResult = Schemas['RunTestResult'];
export type SubmissionAccepted = Schemas['SubmissionAccepted'];
export type SubmissionView = Schemas['SubmissionView'];
export type TestResult = Schemas['TestResult'];
export type JudgeStatus = Schemas['JudgeStatus'];
export type Verdict = NonNullable<Schemas['Verdict']>;
export type ProblemDetails = Schemas['HttpValidationProblemDetails'];

export type Path = keyof paths;

/** Marks a response or body the document does not declare, so using it fails to compile instead of becoming `never`. */
interface Undeclared<What extends string> {
    readonly undeclared: What;
}

/** The JSON body of the `status` answer to `method path`, as the document declares it. */
export type JsonResponse<P extends Path, M extends 'get' | 'post', S extends number> =
    paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } }
        ? T
        : Undeclared<`${M} ${P} ${S}`>;

/** The JSON request body of `method path`. */
export type JsonRequest<P extends Path, M extends 'post'> =
    paths[P][M] extends { requestBody?: { content: { 'application/json': infer T } } }
        ? T
        : Undeclared<`${M} ${P} body`>;

/** The payload of an events stream's `status` event (the document does not describe the stream's events). */
export interface StatusEvent {
    status: JudgeStatus;
}
