using Judge.Core.Protocol;
using Judge.Sandbox;

namespace Judge.Engine.Compilation;

/// <summary>One long-lived, sandboxed compiler process. It never runs user code; it is killed on a time-out.</summary>
internal sealed class CompilerWorker(SandboxedProcess process) : IDisposable
{
    public int Served { get; private set; }

    /// <summary>The response, or null when the worker timed out or died (it is then unusable).</summary>
    public async Task<CompileResponse?> CompileAsync(CompileRequest request, TimeSpan timeout, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(timeout);
        try
        {
            await Frames.WriteAsync(process.Input, request, deadline.Token);
            var response = await Frames.ReadAsync<CompileResponse>(process.Output, deadline.Token);
            Served++;
            return response;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Text.Json.JsonException)
        {
            process.Kill();
            return null;
        }
    }

    public bool MemoryLimitHit => process.MemoryLimitHit;

    /// <summary>What the worker wrote to stderr: for the operator's log when a worker fails, never for users.</summary>
    public Task<string> StderrAsync() => process.StderrAsync();

    public void Dispose() => process.Dispose();
}
