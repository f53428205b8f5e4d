// Long operation sequences on a deep stack, for the O(1)-per-operation requirement. Runs once in the host
// with a fixed seed. Expected results come from a stack of (value, minimum so far) pairs.
List<object?> Simulate(List<string> ops, List<int[]> args)
{
    var results = new List<object?> { null };
    var stack = new Stack<(int Value, int Min)>();
    for (var i = 1; i < ops.Count; i++)
    {
        switch (ops[i])
        {
            case "Push":
                var value = args[i][0];
                stack.Push((value, stack.Count == 0 ? value : Math.Min(value, stack.Peek().Min)));
                results.Add(null);
                break;
            case "Pop":
                stack.Pop();
                results.Add(null);
                break;
            case "Top":
                results.Add(stack.Peek().Value);
                break;
            default:
                results.Add(stack.Peek().Min);
                break;
        }
    }
    return results;
}

void AddTest(string name, List<string> ops, List<int[]> args) => Add(name, new { ops, args }, Simulate(ops, args));

int Value() => Random.Next(-1_000_000, 1_000_001);

// 70 000 pushes, then 70 000 GetMin calls on the full stack.
{
    var ops = new List<string> { "MinStack" };
    var args = new List<int[]> { Array.Empty<int>() };
    for (var i = 0; i < 70_000; i++)
    {
        ops.Add("Push");
        args.Add(new[] { Value() });
    }
    for (var i = 0; i < 70_000; i++)
    {
        ops.Add("GetMin");
        args.Add(Array.Empty<int>());
    }
    AddTest("push-all-then-get-min", ops, args);
}

// 50 000 decreasing pushes, then 18 000 rounds of Pop, GetMin, Push, GetMin, Top around that depth.
{
    var ops = new List<string> { "MinStack" };
    var args = new List<int[]> { Array.Empty<int>() };
    for (var i = 0; i < 50_000; i++)
    {
        ops.Add("Push");
        args.Add(new[] { 1_000_000 - 20 * i + Random.Next(0, 30) });
    }
    for (var round = 0; round < 18_000; round++)
    {
        ops.Add("Pop");
        args.Add(Array.Empty<int>());
        ops.Add("GetMin");
        args.Add(Array.Empty<int>());
        ops.Add("Push");
        args.Add(new[] { Value() });
        ops.Add("GetMin");
        args.Add(Array.Empty<int>());
        ops.Add("Top");
        args.Add(Array.Empty<int>());
    }
    AddTest("deep-stack-churn", ops, args);
}
