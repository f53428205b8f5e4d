// Large and deep inputs for the iterative O(n) requirement. Runs once in the host with a fixed seed.
// The tests are written as JSON text (AddJson): building 100000 nested lists as objects and serializing
// them would recurse 100000 frames deep in the host.
//
// Depth: 100000 levels, with "stackSizeKb": 1024 in problem.json, so that any recursion overflows the stack
// even where the call-graph check cannot see it (recursion through a delegate).
const int DeepLevels = 100_000;

void AddRaw(string name, StringBuilder nested, List<int> expected) =>
    AddJson(name, "[" + nested + "]", "[" + string.Join(",", expected) + "]");

// 1. One flat list of 300000 integers (a work list taken from the front needs about 20 s).
{
    var json = new StringBuilder("[");
    var expected = new List<int>();
    for (var i = 0; i < 300_000; i++)
    {
        var v = Random.Next(-1000, 1001);
        if (i > 0) json.Append(',');
        json.Append(v);
        expected.Add(v);
    }
    AddRaw("wide", json.Append(']'), expected);
}

// 2. A random tree: 150000 integers in lists of random size, at most 50 levels deep, with some empty lists.
{
    var json = new StringBuilder("[");
    var expected = new List<int>();
    var depth = 1;
    var needComma = false;
    for (var left = 150_000; left > 0;)
    {
        var roll = Random.Next(10);
        if (roll < 2 && depth < 50)
        {
            json.Append(needComma ? ",[" : "[");
            depth++;
            needComma = false;
        }
        else if (roll < 4 && depth > 1)
        {
            json.Append(']');
            depth--;
            needComma = true;
        }
        else
        {
            var v = Random.Next(-1_000_000, 1_000_001);
            if (needComma) json.Append(',');
            json.Append(v);
            expected.Add(v);
            left--;
            needComma = true;
        }
    }
    AddRaw("random-tree", json.Append(']', depth), expected);
}

// 3. A chain DeepLevels lists deep, the value before the nested list: [0,[1,[2,...[9999]...]]].
{
    const int levels = DeepLevels;
    var json = new StringBuilder();
    var expected = new List<int>();
    for (var i = 0; i < levels; i++)
    {
        json.Append('[').Append(i);
        expected.Add(i);
        if (i + 1 < levels) json.Append(',');
    }
    json.Append(']', levels);
    AddRaw("deep-chain", json, expected);
}

// 4. A chain DeepLevels lists deep, the value after the nested list: [[[...[[],9998]...,1],0].
{
    const int levels = DeepLevels;
    var json = new StringBuilder();
    json.Append('[', levels).Append(']');
    var expected = new List<int>();
    for (var i = levels - 2; i >= 0; i--)
    {
        json.Append(',').Append(i).Append(']');
        expected.Add(i);
    }
    AddRaw("deep-values-after", json, expected);
}
