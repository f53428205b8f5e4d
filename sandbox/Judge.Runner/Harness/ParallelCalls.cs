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
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var i = 0; i < callsPerThread; i++)
                {
                    results[t * callsPerThread + i] = call();
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        if (failure is not null)
        {
            throw failure;
        }
        var counts = results.Where(IsValue).GroupBy(r => writer.Write(r).Trim('"')).ToDictionary(g => g.Key, g => g.Count());
        var distinct = results.Where(r => !IsValue(r)).Distinct(ReferenceEqualityComparer.Instance).Count();
        return new ParallelSummary(results.Length, new SortedDictionary<string, int>(counts, StringComparer.Ordinal), distinct);
    }

    private static bool IsValue(object? r) => r is null or string or ValueType;
}

/// <summary>What a <c>@parallel</c> operation reports.</summary>
public sealed record ParallelSummary(int Calls, SortedDictionary<string, int> Counts, int DistinctInstances);
