using System.Text.Json.Nodes;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Editor;

/// <summary>A problem without an accepted reference: the user's own tests run, and are shown as not checked.</summary>
public sealed class NoReferenceRunTests(NoReferenceRunTests.Bank api) : IClassFixture<NoReferenceRunTests.Bank>
{
    [Fact]
    public async Task Run_CustomInputWithoutAReference_RunsWithNoExpectedOutput()
    {
        var run = await api.RunAsync("valid-palindrome", Sources.Palindrome, "[\"Was it a car or a cat I saw?\"]");

        Assert.Null(run.Verdict);
        var test = Assert.Single(run.Tests);
        Assert.Equal(("custom-1", "custom", null, "true"), (test.Name, test.Group, test.Verdict, test.Actual));
        Assert.Null(test.Expected);
        Assert.Contains("no reference solution", test.Message);
    }

    [Fact]
    public async Task Run_CustomInputWithoutAReference_StillReportsACrash()
    {
        var run = await api.RunAsync("valid-palindrome", "public class Solution { public bool IsPalindrome(string s) => s[99] == 'x'; }", "[\"short\"]");

        Assert.Equal("RuntimeError", run.Verdict);
        Assert.Contains("IndexOutOfRangeException", Assert.Single(run.Tests).Message);
    }

    /// <summary>A bank with one problem, valid-palindrome, whose references are removed.</summary>
    public sealed class Bank : JudgeApiFactory
    {
        private readonly string root = Directory.CreateTempSubdirectory("judge-no-reference-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var source = Path.Combine(ProblemFolders.Root, "valid-palindrome");
            var target = Path.Combine(root, "valid-palindrome");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            var meta = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "problem.json")))!.AsObject();
            meta.Remove("references");
            File.WriteAllText(Path.Combine(target, "problem.json"), meta.ToJsonString());
            builder.UseSetting("Judge:ProblemsPath", root);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
