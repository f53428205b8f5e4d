// Wrong: remembers values instead of nodes, so two nodes holding the same value look like a cycle.
public class Solution
{
    public bool HasCycle(ListNode head)
    {
        var seen = new HashSet<int>();
        for (var node = head; node != null; node = node.next)
        {
            if (!seen.Add(node.val)) return true;
        }
        return false;
    }
}
