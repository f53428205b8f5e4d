namespace Judge.Grading.Tests.Similarity;

/// <summary>The sample submissions under Samples/, copied next to the test assembly.</summary>
internal static class Samples
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Similarity", "Samples", fileName));
}
