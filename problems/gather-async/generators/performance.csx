// Many concurrent fetches: all of them must be started before any completes, and collecting the results must
// stay linear. Runs once in the host with a fixed seed. Input: the fetcher's values (item i has value values[i])
// and a random order of all the ids; expected: the values in that order.
void AddTest(string name, int n)
{
    var values = Enumerable.Range(0, n).Select(_ => Random.Next(int.MinValue, int.MaxValue)).ToArray();
    var ids = Enumerable.Range(0, n).ToArray();
    for (var i = n - 1; i > 0; i--)
    {
        var j = Random.Next(i + 1);
        (ids[i], ids[j]) = (ids[j], ids[i]);
    }
    Add(name, new object[] { new object[] { values }, ids }, ids.Select(id => values[id]).ToArray());
}

AddTest("ten-thousand-fetches", 10_000);
AddTest("fifty-thousand-fetches", 50_000);
