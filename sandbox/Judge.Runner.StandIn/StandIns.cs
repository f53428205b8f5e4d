namespace Judge.Runner.StandIn;

/// <summary>A stand-in function submission for the runner's warm-up.</summary>
/// <remarks>With an interpolated string, as submissions often build one: its handler rents from the shared char pool.</remarks>
public sealed class StandInSolution
{
    public int[] Run(int[] numbers, string text, bool flag, double scale, IList<IList<int>> rows, IList<object> nested) =>
        [numbers.Length, $"{text}:{numbers[0]}".Length, flag ? 1 : 0, (int)scale, rows.Count, nested.Count];
}

/// <summary>A stand-in design submission for the runner's warm-up.</summary>
public sealed class StandInDesign(int capacity)
{
    private readonly Dictionary<int, int> values = new(capacity);

    public int Count => values.Count;

    public void Put(int key, int value) => values[key] = value;

    public int Get(int key) => values.TryGetValue(key, out var value) ? value : -1;

    /// <remarks>Throws, as design tests often expect an operation to: a process's first exception costs about 0.5 ms.</remarks>
    public int Take(int key) => values.Remove(key, out var value) ? value : throw new KeyNotFoundException($"No {key}.");
}
