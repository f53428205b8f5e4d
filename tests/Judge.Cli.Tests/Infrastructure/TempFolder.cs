namespace Judge.Cli.Tests.Infrastructure;

/// <summary>A temporary folder, removed with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("judge-cli-test-").FullName;

    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>alice solved valid-palindrome; bob's solution forgets case.</summary>
    public string WriteCandidates()
    {
        Write("candidates/alice/valid-palindrome.cs", Sources.Palindrome);
        Write("candidates/bob/valid-palindrome.cs", Sources.PalindromeCaseSensitive);
        return System.IO.Path.Combine(Path, "candidates");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
