using Judge.Compiler.Policy;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Compiler.Tests;

/// <summary>Real Roslyn compilations; positions must be those of the text the user sent, whatever the judge adds.</summary>
public sealed class SubmissionCompilerTests
{
    private static readonly SubmissionCompiler Compiler = new();
    private static readonly EntryPoint Palindrome = new("Solution", "IsPalindrome");

    private static CompileResponse Compile(string source, ProblemKind kind = ProblemKind.Function, EntryPoint? entry = null, params string[] prelude) =>
        Compiler.Compile(new CompileRequest(source, kind, entry ?? Palindrome, prelude));

    [Fact]
    public void Compile_ValidSolution_EmitsAnAssemblyAndSymbols()
    {
        var result = Compile("public class Solution { public bool IsPalindrome(string s) => s.SequenceEqual(s.AsEnumerable().Reverse()); }");

        Assert.True(result.Success);
        Assert.NotEmpty(result.Assembly!);
        Assert.NotEmpty(result.Symbols!);
    }

    [Fact]
    public void Compile_Error_IsReportedAtTheExactLineAndColumn()
    {
        var result = Compile("using System;\n\nnamespace Mine { }\npublic class Solution\n{\n\tpublic bool IsPalindrome(string s) { return s.Lenght > 0; }\n}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CS1061", error.Id);
        // Line 6; the tab counts as one column, so "Lenght" starts at column 48.
        Assert.Equal((6, 48, 6, 54), (error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.False(result.Success);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compile_ForbiddenTypeOutsideTheAllowedAssemblies_IsRejectedByName(bool diagnosticsOnly)
    {
        // HttpClient's assembly is not among those a submission compiles against first: the compile is done again
        // against all of .NET, so the policy names the type instead of Roslyn reporting it missing.
        var result = Compiler.Compile(new CompileRequest(
            "public class Solution\n{\n    public bool IsPalindrome(string s) => new System.Net.Http.HttpClient() != null;\n}\n",
            ProblemKind.Function, Palindrome, []) { DiagnosticsOnly = diagnosticsOnly });

        Assert.False(result.Success);
        Assert.True(result.Rejected);
        var rejection = Assert.Single(result.Diagnostics);
        Assert.Equal(ApiPolicyChecker.Id, rejection.Id);
        Assert.Contains("System.Net.Http.HttpClient", rejection.Message);
        Assert.Equal(3, rejection.Line);
    }

    [Fact]
    public void Compile_CrLfAndNonAsciiText_KeepUserPositions()
    {
        var result = Compile("// héllo wörld 🎉\r\npublic class Solution\r\n{\r\n    public bool IsPalindrome(string s) { var ü = 1; return ü; }\r\n}\r\n");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Core.Verdicts.DiagnosticSeverity.Error);
        Assert.Equal("CS0029", error.Id);
        Assert.Equal((4, 60), (error.Line, error.Column));
    }

    [Fact]
    public void Compile_PreludeTypes_AreAvailableWithoutShiftingLines()
    {
        var result = Compile(
            "public class Solution\n{\n    public bool HasCycle(ListNode head) => head.nxt != null;\n}\n",
            entry: new EntryPoint("Solution", "HasCycle"),
            prelude: "ListNode");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Core.Verdicts.DiagnosticSeverity.Error);
        Assert.Contains("nxt", error.Message);
        Assert.Equal((3, 49), (error.Line, error.Column));
    }

    [Fact]
    public void Compile_InTurn_EachSubmissionSeesOnlyItsOwnTypesAndPrelude()
    {
        // Compilations share a template per kind and prelude: nothing of one submission may reach the next.
        const string withHelper = "public class Helper { }\npublic class Solution { public bool IsPalindrome(string s) => new Helper() != null; }";
        const string usesListNode = "public class Solution { public bool IsPalindrome(string s) => new ListNode(1) != null; }";

        Assert.True(Compile(withHelper).Success);
        Assert.True(Compile(withHelper).Success);
        Assert.True(Compile(usesListNode, prelude: "ListNode").Success);
        var withoutPrelude = Compile(usesListNode);

        Assert.False(withoutPrelude.Success);
        Assert.Contains(withoutPrelude.Diagnostics, d => d.Id == "CS0246" && d.Message.Contains("ListNode"));
    }

    [Fact]
    public void Compile_MissingEntryClass_IsAJudgeDiagnostic()
    {
        var result = Compile("public class Answer { public bool IsPalindrome(string s) => true; }");

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(EntryPointCheck.Id, error.Id);
        Assert.Contains("public class Solution", error.Message);
    }

    [Fact]
    public void Compile_MissingEntryMethod_PointsAtTheClass()
    {
        var result = Compile("\npublic class Solution { public bool IsPalindrom(string s) => true; }");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(EntryPointCheck.Id, error.Id);
        Assert.Contains("IsPalindrome", error.Message);
        Assert.Equal((2, 14), (error.Line, error.Column));
    }

    [Fact]
    public void Compile_StdioProgram_NeedsAMain()
    {
        Assert.True(Compile("var line = Console.ReadLine(); Console.WriteLine(line);", ProblemKind.Stdio).Success);
        var missing = Compile("public class Program { }", ProblemKind.Stdio);
        Assert.Contains(missing.Diagnostics, d => d.Id == "CS5001");
    }

    [Fact]
    public void Compile_Warnings_AreReportedButDoNotFail()
    {
        var result = Compile("public class Solution { public bool IsPalindrome(string s) { int unused; return true; } }");

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == "CS0168" && d.Severity == Core.Verdicts.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void DiagnosticsOnly_ValidSolution_SucceedsWithoutEmitting()
    {
        var result = Compiler.Compile(new CompileRequest(
            "public class Solution { public bool IsPalindrome(string s) => s.Length < 2; }", ProblemKind.Function, Palindrome, [], DiagnosticsOnly: true));

        Assert.True(result.Success);
        Assert.Null(result.Assembly);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void DiagnosticsOnly_CompileErrorAndForbiddenApi_AreBothReported()
    {
        var result = Compiler.Compile(new CompileRequest(
            "public class Solution\n{\n    public bool IsPalindrome(string s) => System.IO.File.Exists(s)\n}\n", ProblemKind.Function, Palindrome, [], DiagnosticsOnly: true));

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == "CS1002" && d.Line == 3);
        var forbidden = Assert.Single(result.Diagnostics, d => d.Id == "JUDGE100");
        Assert.Equal((3, 53), (forbidden.Line, forbidden.Column));
    }
}
