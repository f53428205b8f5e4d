using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>
/// Where submissions live: SQLite by default. Small on purpose, so a PostgreSQL store for several judge
/// nodes can take its place without touching the endpoints or the workers.
/// </summary>
public interface ISubmissionStore
{
    /// <summary>Stores a new, queued submission unless <paramref name="queueCapacity"/> are already waiting.</summary>
    bool TryAdd(Submission submission, int queueCapacity);

    Submission? Find(string id);

    /// <summary>The submission's status alone (null when unknown): a cheap look for those waiting on its verdict.</summary>
    JudgeStatus? StatusOf(string id);

    /// <summary>Newest first.</summary>
    SubmissionPage List(SubmissionQuery query);

    int CountQueued();
}

/// <summary>The durable queue the judging workers take from. Claims, progress and results are tied to an attempt.</summary>
public interface IJudgeQueue
{
    /// <summary>Takes the oldest queued submission and marks it Compiling, or returns null when none waits.</summary>
    JudgeClaim? ClaimNext();

    /// <summary>Puts back every submission a stopped process left compiling or running; returns how many.</summary>
    int RequeueUnfinished();

    void RecordStatus(JudgeClaim claim, JudgeStatus status);

    /// <summary>Adds finished tests to the submission's progress, in order, in one write (nothing once it is completed).</summary>
    void RecordTests(JudgeClaim claim, IReadOnlyList<TestResult> tests);

    /// <summary>Stores the result; false when the claim is stale (another attempt owns the submission now).</summary>
    bool Complete(JudgeClaim claim, JudgeResult result);
}

public sealed record SubmissionQuery(string? ProblemId, Verdict? Verdict, string? Owner, int Page, int PageSize);

public sealed record SubmissionPage(IReadOnlyList<Submission> Items, int Total);
