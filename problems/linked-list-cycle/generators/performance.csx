// Long lists for the O(n) requirement. Runs once in the host with a fixed seed.
// Expected results come from Floyd's cycle detection on the lists' next-index arrays.
const int N = 150_000;

bool HasCycle(int count, int pos)
{
    // next[i] = index of node i's successor, -1 for null.
    var next = Enumerable.Range(1, count).ToArray();
    if (count > 0) next[count - 1] = pos;
    int slow = count > 0 ? 0 : -1, fast = slow;
    while (fast != -1 && next[fast] != -1)
    {
        slow = next[slow];
        fast = next[next[fast]];
        if (slow == fast) return true;
    }
    return false;
}

void AddTest(string name, int[] values, int pos) =>
    Add(name, new object[] { new { values, pos } }, HasCycle(values.Length, pos));

int[] Values(int range) => Enumerable.Range(0, N).Select(_ => Random.Next(-range, range + 1)).ToArray();

AddTest("long-no-cycle", Values(100_000), -1);
AddTest("long-cycle-to-head", Values(1_000), 0);
AddTest("long-cycle-from-middle", Values(1_000), N / 2);
AddTest("long-tail-self-loop", Values(100), N - 1);
