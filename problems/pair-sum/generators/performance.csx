// Large arrays for the O(n) / O(n log n) requirement. Runs once in the host with a fixed seed.
// Expected results come from a dictionary of value counts.
const int N = 150_000;

List<int[]> Pairs(int[] nums, int target)
{
    var counts = new Dictionary<int, int>();
    foreach (var x in nums) counts[x] = counts.GetValueOrDefault(x) + 1;
    var pairs = new List<int[]>();
    foreach (var (a, count) in counts)
    {
        var b = target - a;
        if (a < b && counts.ContainsKey(b)) pairs.Add(new[] { a, b });
        else if (a == b && count >= 2) pairs.Add(new[] { a, a });
    }
    return pairs;
}

void AddTest(string name, int[] nums, int target) => Add(name, new object[] { nums, target }, Pairs(nums, target));

// Values spread over [-1 000 000, 1 000 000]: a few thousand pairs.
AddTest("random-wide", Enumerable.Range(0, N).Select(_ => Random.Next(-1_000_000, 1_000_001)).ToArray(), 12_345);

// Few distinct values, each repeated ~75 times: every pair of values can be formed many times over.
AddTest("heavy-duplicates", Enumerable.Range(0, N).Select(_ => Random.Next(0, 2_001)).ToArray(), 2_000);

// One value repeated: a single answer [7, 7].
AddTest("all-equal", Enumerable.Repeat(7, N).ToArray(), 14);

// Distinct values and no pair at all: every target - a is missing.
AddTest("no-pair", Enumerable.Range(0, N).Select(i => 2 * i).OrderBy(_ => Random.Next()).ToArray(), 1);
