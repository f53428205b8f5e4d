// The environment has only the judge's fixed variables.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var names = Environment.GetEnvironmentVariables().Keys.Cast<string>().OrderBy(n => n).ToList();
        var allowed = new HashSet<string> { "PATH", "HOME", "TMPDIR", "DOTNET_ROOT", "PWD" };
        var foreign = names.Where(n => !allowed.Contains(n) && !n.StartsWith("DOTNET_")).ToList();
        return foreign.Count == 0 ? "blocked: " + string.Join(",", names) : "ESCAPED: " + string.Join(",", foreign);
    }
}
