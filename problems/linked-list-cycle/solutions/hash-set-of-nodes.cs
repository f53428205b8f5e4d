public class Solution
{
    public bool HasCycle(ListNode head)
    {
        var visited = new HashSet<ListNode>();
        for (var node = head; node != null; node = node.next)
        {
            if (!visited.Add(node)) return true;
        }
        return false;
    }
}
