using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Judge.Api.Access;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>
/// <c>GET /api/submissions/{id}/events</c>: a submission's progress as Server-Sent Events. The stream
/// replays what already happened (so a late or finished subscriber misses nothing), then follows live
/// changes until the result, and ends.
/// </summary>
public static class SubmissionEvents
{
    public const string Status = "status";
    public const string Test = "test";
    public const string Result = "result";

    /// <summary>A stream with no change for this long sends its status again, which keeps proxies from closing it.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static IResult Stream(string id, Caller caller, ISubmissionStore store, SubmissionSignals signals, CancellationToken cancel) =>
        SubmissionEndpoints.Visible(id, caller, store) is null
            ? SubmissionEndpoints.UnknownSubmission(id)
            : TypedResults.ServerSentEvents(Follow(id, store, signals, cancel));

    private static async IAsyncEnumerable<SseItem<object>> Follow(
        string id, ISubmissionStore store, SubmissionSignals signals, [EnumeratorCancellation] CancellationToken cancel)
    {
        JudgeStatus? sentStatus = null;
        var sentTests = 0;
        var quietFor = TimeSpan.Zero;
        while (true)
        {
            var change = signals.NextChange(id);
            var submission = store.Find(id)!;
            if (submission.Status != sentStatus || quietFor >= KeepAlive)
            {
                sentStatus = submission.Status;
                quietFor = TimeSpan.Zero;
                yield return new SseItem<object>(new StatusEvent(submission.Status), Status);
            }
            var tests = submission.Result?.Tests ?? submission.TestsSoFar;
            for (; sentTests < tests.Count; sentTests++)
            {
                yield return new SseItem<object>(tests[sentTests], Test) { EventId = sentTests.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            if (submission.Status == JudgeStatus.Completed)
            {
                // Nothing changes after completion: drop the wait this stream took, so finished submissions hold no memory.
                signals.Changed(id);
                yield return new SseItem<object>(SubmissionView.From(submission), Result);
                yield break;
            }
            var waited = Task.Delay(KeepAlive, cancel);
            if (await Task.WhenAny(change, waited) == waited)
            {
                await waited;
                quietFor = KeepAlive;
            }
        }
    }

    /// <summary>The payload of a <c>status</c> event.</summary>
    public sealed record StatusEvent(JudgeStatus Status);
}
