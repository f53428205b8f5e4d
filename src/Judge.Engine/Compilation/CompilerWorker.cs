using Judge.Core.Protocol;
using Judge.Sandbox;

namespace Judge.Engine.Compilation;

/// <summary>One long-lived, sandboxed compiler process. It never runs user code; it is killed on a time-out.</summary>
internal sealed class CompilerWorker(SandboxedProcess process) : IDisposable
{
    /// <summary>Compiles served to callers (the pool's warm-up compiles do not count).</summary>
    public int Served { get; private set; }

    /// <summary>Counts one compile served to a caller.</summary>
    public void CountServed() => Served++;

    public bool HasExited => process.HasExited;

    /// <summary>Why a successor is warming up for this worker, which serves on meanwhile; null while none is.</summary>
    public RecycleReason? Replacement { get; set; }

    /// <summary>Set when a warm successor has taken this worker's place: it serves no further compile.</summary>
    public bool Superseded { get; set; }

    /// <summary>The response, or why there is none (the worker is then unusable).</summary>
    public async Task<(CompileResponse? Response, WorkerFailure Failure)> CompileAsync(CompileRequest request, TimeSpan timeout, CancellationToken cancel)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(timeout);
        try
        {
            await Frames.WriteAsync(process.Input, request, deadline.Token);
            var response = await Frames.ReadAsync<CompileResponse>(process.Output, deadline.Token);
            return response is null ? Failed(WorkerFailure.Died) : (response, WorkerFailure.None);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return Failed(WorkerFailure.TimedOut);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return Failed(WorkerFailure.Died);
        }
    }

    private (CompileResponse?, WorkerFailure) Failed(WorkerFailure failure)
    {
        process.Kill();
        return (null, failure);
    }

    public bool MemoryLimitHit => process.MemoryLimitHit;

    public long MemoryBytes => process.MemoryBytes;

    /// <summary>What the worker wrote to stderr: for the operator's log when a worker fails, never for users.</summary>
    public Task<string> StderrAsync() => process.StderrAsync();

    public void Dispose() => process.Dispose();
}

internal enum WorkerFailure
{
    None,
    TimedOut,
    Died,
}
