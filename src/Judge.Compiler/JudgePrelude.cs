using Judge.Core.Problems;

namespace Judge.Compiler;

/// <summary>
/// Source the judge compiles beside a submission, each in its own file so that the submission's
/// line and column numbers stay exactly those of the text the user sent.
/// </summary>
public static class JudgePrelude
{
    public const string SubmissionFileName = "Solution.cs";

    /// <summary>The usings LeetCode's C# environment gives every solution, plus threading for the concurrency exercises.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Dictionary<string, string> Types = new()
    {
        ["ListNode"] = """
            public class ListNode
            {
                public int val;
                public ListNode next;
                public ListNode(int val = 0, ListNode next = null) { this.val = val; this.next = next; }
            }
            """,
        ["TreeNode"] = """
            public class TreeNode
            {
                public int val;
                public TreeNode left;
                public TreeNode right;
                public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null) { this.val = val; this.left = left; this.right = right; }
            }
            """,
        ["ManualClock"] = """
            /// <summary>The time source a solution receives; tests move it forward, so timing is deterministic.</summary>
            public interface IClock
            {
                long NowMs { get; }
            }

            public sealed class ManualClock : IClock
            {
                public long NowMs { get; set; }
            }
            """,
        ["Fetcher"] = """
            using System.Threading;
            using System.Threading.Tasks;

            /// <summary>
            /// The judge's slow data source. FetchAsync(id) completes only once every id has been requested,
            /// so a solution that awaits each fetch before starting the next never finishes.
            /// </summary>
            public sealed class Fetcher
            {
                private readonly int[] values;
                private readonly TaskCompletionSource allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
                private int started;

                public Fetcher(int[] values)
                {
                    this.values = values;
                    if (values.Length == 0) allStarted.SetResult();
                }

                public async Task<int> FetchAsync(int id)
                {
                    if (Interlocked.Increment(ref started) == values.Length) allStarted.TrySetResult();
                    await allStarted.Task.ConfigureAwait(false);
                    return values[id];
                }
            }
            """,
    };

    /// <summary>The files to compile beside the submission for a problem with this prelude.</summary>
    public static IEnumerable<(string FileName, string Source)> FilesFor(IReadOnlyList<string> prelude)
    {
        yield return ("Judge.Usings.cs", GlobalUsings);
        foreach (var typeName in prelude)
        {
            // Judge types are written the way LeetCode shows them: without nullable annotations.
            yield return ($"Judge.{typeName}.cs", "#nullable disable\n" + Types[typeName]);
        }
    }
}
