// Long call sequences with large counts: the work per call must not depend on the count. Runs once in the host
// with a fixed seed; expected results come from the obvious model (one integer).
void AddSequence(string name, int units, int calls, int maxCount)
{
    var ops = new List<string> { "Inventory" };
    var args = new List<int[]> { new[] { units } };
    var expected = new List<object?> { null };
    var available = units;
    for (var i = 0; i < calls; i++)
    {
        var roll = Random.Next(10);
        if (roll < 2)
        {
            ops.Add("get_Available");
            args.Add(Array.Empty<int>());
            expected.Add(available);
        }
        else if (roll < 6)
        {
            var count = Random.Next(1, maxCount + 1);
            ops.Add("TryReserve");
            args.Add(new[] { count });
            var ok = count <= available;
            if (ok)
            {
                available -= count;
            }
            expected.Add(ok);
        }
        else
        {
            // Mostly a valid release of part of what is reserved; sometimes more than that.
            var reserved = units - available;
            var count = Random.Next(20) == 0 || reserved == 0
                ? reserved + Random.Next(1, maxCount + 1)
                : Random.Next(1, reserved + 1);
            ops.Add("Release");
            args.Add(new[] { count });
            if (count <= reserved)
            {
                available += count;
                expected.Add(null);
            }
            else
            {
                expected.Add(new Dictionary<string, string> { ["throws"] = "InvalidOperationException" });
            }
        }
    }
    Add(name, new { ops, args }, expected);
}

// 1. A warehouse of a billion units, reserved and released in lots of up to 50 million.
AddSequence("large-lots", units: 1_000_000_000, calls: 60_000, maxCount: 50_000_000);

// 2. Many calls with lots of up to 5 000 units, with the stock often running out.
AddSequence("many-calls", units: 2_000_000, calls: 100_000, maxCount: 5_000);
