// Too slow: List.Contains scans every visited node at each step, O(n^2).
public class Solution
{
    public bool HasCycle(ListNode head)
    {
        var visited = new List<ListNode>();
        for (var node = head; node != null; node = node.next)
        {
            if (visited.Contains(node)) return true;
            visited.Add(node);
        }
        return false;
    }
}
