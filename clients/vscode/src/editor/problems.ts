import type { ProblemDetail, ProblemSummary } from '../api/types';

/** A quick-pick entry: the title, its difficulty beside it, the tags below. */
export interface ProblemPickItem {
    label: string;
    description: string;
    detail: string;
    problemId: string;
}

const difficultyOrder = ['Easy', 'Medium', 'Hard'];

/** Easiest first, then by title. */
export function toPickItems(problems: readonly ProblemSummary[]): ProblemPickItem[] {
    const rank = (d: string) => (difficultyOrder.includes(d) ? difficultyOrder.indexOf(d) : difficultyOrder.length);
    return [...problems]
        .sort((a, b) => rank(a.difficulty) - rank(b.difficulty) || a.title.localeCompare(b.title))
        .map(p => ({
            label: p.title,
            description: p.difficulty,
            detail: [p.kind, ...p.tags].join(' · '),
            problemId: p.id,
        }));
}

/** The first line of every file the extension opens; later commands read the problem from it. */
export function problemHeader(problemId: string): string {
    return `// judge: ${problemId}`;
}

/** The starter code, under the header that ties the document to its problem. */
export function starterDocument(problem: ProblemDetail): string {
    return `${problemHeader(problem.id)}\n${problem.starterCode}`;
}

/** The problem a document belongs to: its first line is `// judge: <problemId>`. */
export function problemIdOf(text: string): string | undefined {
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return /^\s*\/\/\s*judge:\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*$/.exec(firstLine)?.[1];
}
