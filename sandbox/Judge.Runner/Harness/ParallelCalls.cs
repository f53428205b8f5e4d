using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// The judge's own race: threads wait at a barrier, then all call the same operation at once, so thread
/// safety is tested by the judge rather than by code the submission controls. The result summarises every
/// call: <c>{"calls": n, "counts": {"true": 37, "false": 63}, "distinctInstances": 1}</c>, where counts are by
/// the JSON of each result and distinctInstances counts distinct objects (by reference) among object results.
/// </summary>
public static class ParallelCalls
{
    public static ParallelSummary Run(int threads, int callsPerThread, Func<object?> call, ValueWriter writer)
    {
        var results = new object?[threads * callsPerThread];
        using var start = new Barrier(threads);
        Exception? failure = null;
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var first = t * callsPerThread;
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    for (var i = 0; i < callsPerThread; i++)
                    {
                        results[first + i] = call();
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
            }) { IsBackground = true };
        }
        foreach (var worker in workers)
        {
            worker.Start();
        }
        foreach (var worker in workers)
        {
            worker.Join();
        }
        if (failure is not null)
        {
            throw failure;
        }
        // Loops rather than LINQ, as elsewhere in the runner: a @parallel test would otherwise load System.Linq.
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var instances = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var result in results)
        {
            if (IsValue(result))
            {
                var key = writer.Write(result).Trim('"');
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
            else
            {
                instances.Add(result!);
            }
        }
        return new ParallelSummary(results.Length, counts, instances.Count);
    }

    private static bool IsValue(object? r) => r is null or string or ValueType;
}

/// <summary>What a <c>@parallel</c> operation reports.</summary>
public sealed record ParallelSummary(int Calls, SortedDictionary<string, int> Counts, int DistinctInstances);
