namespace Judge.Bench;

public static class Paths
{
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
    }
}
