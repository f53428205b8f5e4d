using Judge.Core.Checking;
using Judge.Engine.Problems;

namespace Judge.Api.Tests.Problems;

/// <summary>An author's checker script, compiled once (here in this process) and run in the host.</summary>
public sealed class ScriptCheckerTests : IDisposable
{
    private readonly string script = Path.Combine(Path.GetTempPath(), $"checker-{Guid.NewGuid():N}.csx");

    public void Dispose() => File.Delete(script);

    [Fact]
    public void Script_AcceptsAnyRightAnswerAndExplainsAWrongOne()
    {
        File.WriteAllText(script, """
            // Any pair [a, b] with a + b == target is right; the expected pair is only an example.
            var target = Input[1].GetInt32();
            var pair = Actual.EnumerateArray().Select(e => e.GetInt32()).ToArray();
            if (pair.Length != 2) { Message = "Return two numbers."; return false; }
            if (pair[0] + pair[1] != target) { Message = $"{pair[0]} + {pair[1]} is not {target}."; return false; }
            return true;
            """);
        var checker = new ScriptChecker("script:pair.csx", script, InProcessScriptCompiler.Instance);

        Assert.True(checker.Check("[1,4]", "[2,3]", "[[1,2,3,4],5]").Passed);
        var wrong = checker.Check("[1,4]", "[1,3]", "[[1,2,3,4],5]");
        Assert.False(wrong.Passed);
        Assert.Equal("1 + 3 is not 5.", wrong.Message);
        Assert.False(checker.Check("[1,4]", "not json", "[[1,2,3,4],5]").Passed);
    }

    [Fact]
    public void ScriptThatDoesNotCompile_FailsAtItsFirstCheck_NamingTheFileAndTheLine()
    {
        File.WriteAllText(script, "var target = Input[1].GetInt32();\nreturn target.NoSuchMember;\n");
        var checker = new ScriptChecker("script:broken.csx", script, InProcessScriptCompiler.Instance);

        var error = Assert.Throws<InvalidDataException>(() => checker.Check("[1,4]", "[2,3]", "[[1,2,3,4],5]"));
        Assert.StartsWith(script + ": (2,", error.Message);
        Assert.Contains("CS1061", error.Message);
    }
}
