// Long arrays with large windows for the O(n) requirement. Runs once in the host with a fixed seed.
// Expected results come from a monotonic deque of indices.
const int N = 300_000;
const int MaxValue = 10_000;

int[] Maxima(int[] nums, int k)
{
    var result = new int[nums.Length - k + 1];
    var deque = new LinkedList<int>(); // indices, values decreasing from front to back
    for (var i = 0; i < nums.Length; i++)
    {
        if (deque.Count > 0 && deque.First!.Value <= i - k) deque.RemoveFirst();
        while (deque.Count > 0 && nums[deque.Last!.Value] <= nums[i]) deque.RemoveLast();
        deque.AddLast(i);
        if (i >= k - 1) result[i - k + 1] = nums[deque.First!.Value];
    }
    return result;
}

void AddTest(string name, int[] nums, int k) => Add(name, new object[] { nums, k }, Maxima(nums, k));

// Random values, window of half the array.
AddTest("random-half-window",
    Enumerable.Range(0, N).Select(_ => Random.Next(-MaxValue, MaxValue + 1)).ToArray(), N / 2);

// Non-increasing: the maximum leaves the window at every step, so "rescan only when the max leaves" is O(n·k) too.
AddTest("decreasing-third-window",
    Enumerable.Range(0, N).Select(i => MaxValue - (int)((long)i * 2 * MaxValue / N)).ToArray(), N / 3);

// Increasing with noise, a window of three quarters of the array.
AddTest("increasing-large-window",
    Enumerable.Range(0, N).Select(i => Math.Min(MaxValue, -MaxValue + (int)((long)i * 2 * MaxValue / N) + Random.Next(0, 50))).ToArray(), N - 75_000);
