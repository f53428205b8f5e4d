namespace Judge.Bench;

public static class Paths
{
    public static string Repository()
    {
        // Where the benchmark was built, else where it runs from (a copy built elsewhere).
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
    }
}
