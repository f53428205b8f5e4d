namespace Judge.Runner.Values;

/// <summary>The generic collection interfaces the judge fills with a <c>List&lt;T&gt;</c>.</summary>
public static class ListTypes
{
    private static readonly Type[] Accepted =
    [
        typeof(IList<>), typeof(List<>), typeof(ICollection<>), typeof(IEnumerable<>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>),
    ];

    public static Type? ElementTypeOf(Type type) =>
        type.IsGenericType && Accepted.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0] : null;
}
