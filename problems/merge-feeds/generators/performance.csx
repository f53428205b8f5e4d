// Many timelines, for the O(k log k + n log k) requirement. Runs once in the host with a fixed seed.
// Expected results: all posts sorted newest first (timestamp, then post id, both descending), first n kept.
int[][][] Timelines(int k, int postsPerTimeline, int timestampRange)
{
    var total = k * postsPerTimeline;
    // Unique post ids 1..total in random order; timestamps from a narrow range, so ties are common.
    var ids = Enumerable.Range(1, total).ToArray();
    for (var i = total - 1; i > 0; i--)
    {
        var j = Random.Next(i + 1);
        (ids[i], ids[j]) = (ids[j], ids[i]);
    }
    var timelines = new int[k][][];
    for (var t = 0; t < k; t++)
    {
        var posts = new int[postsPerTimeline][];
        for (var p = 0; p < postsPerTimeline; p++)
        {
            posts[p] = new[] { Random.Next(timestampRange + 1), ids[t * postsPerTimeline + p] };
        }
        timelines[t] = posts.OrderByDescending(x => x[0]).ThenByDescending(x => x[1]).ToArray();
    }
    return timelines;
}

void AddTest(string name, int[][][] timelines, int n)
{
    var newest = timelines.SelectMany(t => t)
        .OrderByDescending(p => p[0]).ThenByDescending(p => p[1])
        .Take(n)
        .ToList();
    Add(name, new object[] { timelines, n }, newest);
}

// 1. A medium merge: 2 000 timelines of 10 posts, the newest 5 000 posts.
AddTest("medium", Timelines(2_000, 10, 100_000), 5_000);

// 2. 50 000 timelines of 4 posts: the newest 30 000 of 200 000 posts.
AddTest("many-timelines", Timelines(50_000, 4, 10_000_000), 30_000);

// 3. 500 timelines of 200 posts, with many equal timestamps: the whole merged feed.
AddTest("few-long-timelines", Timelines(500, 200, 30_000), 200_000);

// 4. 100 000 timelines of 2 posts: only the newest 10.
AddTest("top-ten-of-many", Timelines(100_000, 2, 10_000_000), 10);
