using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Spectre.Console;

namespace Judge.Cli.Submissions;

/// <summary>
/// The per-test table, growing as tests finish. On a terminal that can redraw it is a live display with the status
/// in its caption; elsewhere (a pipe, a log) the rows are collected and the table is printed once at the end.
/// </summary>
public sealed class LiveTests(CliConsole console) : ISubmissionListener
{
    private readonly Table table = SubmissionView.NewTestTable();
    private readonly Lock gate = new();
    private LiveDisplayContext? live;

    public string? SubmissionId { get; private set; }

    public int Rows => table.Rows.Count;

    /// <summary>Runs <paramref name="judge"/> while showing its tests; the table stays on screen afterwards.</summary>
    public async Task<T> ShowWhileAsync<T>(Func<Task<T>> judge)
    {
        if (!console.CanRedraw)
        {
            try
            {
                return await judge();
            }
            finally
            {
                Print();
            }
        }
        table.Caption("[grey]Queued[/]");
        return await console.Out.Live(table).StartAsync(async context =>
        {
            lock (gate)
            {
                live = context;
            }
            try
            {
                return await judge();
            }
            finally
            {
                lock (gate)
                {
                    table.Caption = null;
                    context.Refresh();
                    live = null;
                }
            }
        });
    }

    public void Queued(string id) => SubmissionId = id;

    public void StatusChanged(JudgeStatus status) => Update(() =>
    {
        if (live is not null)
        {
            table.Caption($"[grey]{status}…[/]");
        }
    });

    public void TestFinished(TestResult test) => Update(() => SubmissionView.AddTest(table, test));

    private void Update(Action change)
    {
        lock (gate)
        {
            change();
            live?.Refresh();
        }
    }

    private void Print()
    {
        if (table.Rows.Count > 0)
        {
            console.Out.Write(table);
        }
    }
}
