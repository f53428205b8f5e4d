using System.Text;
using Judge.Compiler.Policy;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Judge.Compiler.Tests.Policy;

/// <summary>
/// The policy's fast path: an image whose references are all plainly allowed skips the walk, and everything else
/// is left to it, so that what is reported never depends on which path ran.
/// </summary>
public sealed class EmittedReferenceCheckTests
{
    private static readonly string[] PreludeTypes = ["ListNode", "TreeNode", "ManualClock", "Fetcher"];

    private static readonly string Root = FindRoot(AppContext.BaseDirectory);

    /// <summary>Every reference solution in the bank, and the hostile submissions that are quick to compile.</summary>
    public static TheoryData<string> Sources()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "problems"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "tests", "hostile", "api"), "*.cs").Where(f => !f.Contains("bomb")));
        return [.. files.Select(f => Path.GetRelativePath(Root, f)).Order()];
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void EitherPath_ReportsTheSame(string file)
    {
        var (compilation, tree, image) = Emit(File.ReadAllText(Path.Combine(Root, file)), CompileReferences.All);
        if (image is null)
        {
            return; // does not compile: the policy never runs on it
        }

        var walked = ApiPolicyChecker.Check(compilation, tree);
        var fast = ApiPolicyChecker.Check(compilation, tree, image);

        Assert.Equal(walked, fast);
    }

    [Fact]
    public void EveryReferenceSolution_IsClearedWithoutTheWalk()
    {
        var solutions = Directory.GetFiles(Path.Combine(Root, "problems"), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "solutions")
            .ToList();
        var notCleared = new List<string>();
        var compiled = 0;
        foreach (var file in solutions)
        {
            var source = File.ReadAllText(file);
            var (_, tree, image) = Emit(source, CompileReferences.Allowed);
            if (image is null)
            {
                continue;
            }
            compiled++;
            if (!EmittedReferenceCheck.AllAllowed(EmittedReferences.Read(image.Value)!, Identifiers(tree)))
            {
                notCleared.Add(Path.GetRelativePath(Root, file));
            }
        }

        Assert.True(compiled > 80, $"only {compiled} of {solutions.Count} solutions compiled");
        Assert.Empty(notCleared);
    }

    [Theory]
    [InlineData("return typeof(Solution).GetMethods().Length;")]
    [InlineData("return System.IO.File.ReadAllText(\"/etc/passwd\").Length;")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\"); return 0;")]
    [InlineData("return new System.Net.Sockets.TcpClient(\"127.0.0.1\", 80).Available;")]
    [InlineData("Environment.Exit(0); return 0;")]
    [InlineData("return Environment.GetEnvironmentVariable(\"HOME\").Length;")]
    [InlineData("GC.Collect(); return 0;")]
    [InlineData("return string.Intern(\"x\").Length;")]
    [InlineData("using var s = Console.OpenStandardOutput(); return 0;")]
    [InlineData("return System.Runtime.CompilerServices.Unsafe.SizeOf<int>();")]
    [InlineData("Func<int> f = () => 1; return (int)f.DynamicInvoke();")]
    [InlineData("var list = new List<System.IO.FileInfo>(); return list.Count;")]
    [InlineData("return typeof(Solution).TypeHandle.Value.ToInt32();")]
    [InlineData("var h = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0); return h.ToStringAndClear().Length;")]
    public void ForbiddenReferences_AreNotCleared(string body)
    {
        var (_, tree, image) = Emit(Method(body), CompileReferences.All);

        Assert.NotNull(image);
        Assert.False(EmittedReferenceCheck.AllAllowed(EmittedReferences.Read(image.Value)!, Identifiers(tree)));
    }

    [Theory]
    [InlineData("var days = new[] { 31, 28, 31, 30 }; return days.Sum();")]
    [InlineData("var x = 3; return $\"{x} and {x + 1}\".Length;")]
    [InlineData("var grid = new int[3, 4]; grid[1, 2] = 5; return grid[1, 2] + grid.GetLength(0);")]
    [InlineData("return Environment.NewLine.Length + GetType().Name.Length + Environment.ProcessorCount * 0;")]
    [InlineData("var map = new Dictionary<string, List<int>>(); foreach (var pair in map) { } return map.Count;")]
    [InlineData("List<int> list = [1, 2, 3]; int[] more = [.. list, 4]; return more.Length;")]
    [InlineData("return Task.Run(async () => { await Task.Yield(); return 1; }).Result;")]
    public void EverydayReferences_AreCleared(string body) => AssertCleared(Method(body));

    [Theory]
    [InlineData("public class Solution { public int Run() => Task.Run(async () => { try { await Task.Yield(); } finally { } return 1; }).Result; }")]
    [InlineData("public class Solution { const decimal Rate = 1.5m; public int Run() => (int)(Rate * 2); }")]
    [InlineData("public class Solution { static int Size<T>(T[] a) where T : unmanaged => a.Length; public int Run() => Size(new[] { 1 }); }")]
    [InlineData("public class Solution { delegate int ByIn(in int x); public int Run() { ByIn twice = (in int x) => x * 2; return twice(2); } }")]
    [InlineData("public class Solution { public int Run() => Task.Run(async () => { try { await Task.Yield(); } finally { await Task.Yield(); } return 1; }).Result; }")]
    [InlineData("public class Solution { public int Run() { IEnumerable<int> e = [1, 2, 3]; return e.Count(); } }")]
    [InlineData("public class Solution { static int Count(params IEnumerable<int> xs) => xs.Count(); public int Run() => Count(1, 2); }")]
    [InlineData("public static class Ext { extension(int x) { public int Twice => x * 2; } } public class Solution { public int Run() => 3.Twice; }")]
    public void WhatTheCompilerAddsForALanguageFeature_IsCleared(string source) => AssertCleared(source);

    [Fact]
    public void RecordsAndTypeof_AreCleared() => AssertCleared("""
        public record Point(int X, int Y);
        public class Solution
        {
            public int Run() => new Point(1, 2).ToString().Length + (new Point(1, 2) == new Point(1, 2) ? 1 : 0) + (typeof(Solution) == typeof(Point) ? 1 : 0);
        }
        """);

    [Fact]
    public void TheCompilersOwnMember_IsLeftToTheWalkWhenTheSubmissionNamesIt()
    {
        var (_, tree, image) = Emit(Method("return Type.GetTypeFromHandle(default) == null ? 0 : 1;"), CompileReferences.Allowed);

        Assert.False(EmittedReferenceCheck.AllAllowed(EmittedReferences.Read(image!.Value)!, Identifiers(tree)));
    }

    [Fact]
    public void TheCompilersOwnHelper_IsRejectedWhenTheSubmissionNamesIt()
    {
        var compiler = new SubmissionCompiler();
        var interpolated = compiler.Compile(Request(Method("var x = 3; return $\"{x}!\".Length;")));
        var named = compiler.Compile(Request(Method(
            "var h = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(1, 0); h.AppendLiteral(\"!\"); return h.ToStringAndClear().Length;")));

        Assert.True(interpolated.Success);
        Assert.True(named.Rejected);
        Assert.Contains(named.Diagnostics, d => d.Id == ApiPolicyChecker.Id && d.Message.Contains("DefaultInterpolatedStringHandler"));
    }

    [Fact]
    public void AnAttribute_IsJudgedByTheWalk()
    {
        // An explicit layout leaves no reference in the image (it becomes flags and offsets), so only the walk sees it.
        var result = new SubmissionCompiler().Compile(Request("""
            using System.Runtime.InteropServices;
            [StructLayout(LayoutKind.Explicit)]
            public struct Overlay { [FieldOffset(0)] public int A; [FieldOffset(0)] public int B; }
            public class Solution { public int Run() => new Overlay { A = 1 }.B; }
            """));

        Assert.True(result.Rejected);
        Assert.Contains(result.Diagnostics, d => d.Id == ApiPolicyChecker.Id && d.Message.Contains("StructLayout") && d.Line == 2);
    }

    [Theory]
    [InlineData("dynamic d = 1; return 0;")]
    [InlineData("var list = new List<dynamic>(); list.Add(1); return list.Count;")]
    [InlineData("dynamic d = \"abc\"; var s = d as string; return s.Length;")]
    public void Dynamic_IsRejectedEvenWhenNothingIsCalledThroughIt(string body)
    {
        // Without a dynamic operation the image refers to no binder, and the fast path would clear it; the policy
        // refuses the keyword itself, as documented, so the walk must see it.
        var result = new SubmissionCompiler().Compile(Request(Method(body)));

        Assert.True(result.Rejected);
        Assert.Contains(result.Diagnostics, d => d.Id == ApiPolicyChecker.Id && d.Message.Contains("'dynamic' is not allowed"));
    }

    [Fact]
    public void ANameThatCompilesToNothing_IsNotRejected()
    {
        var result = new SubmissionCompiler().Compile(Request(Method("return nameof(System.IO.File).Length;")));

        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
    }

    [Fact]
    public void References_AreReadAsThePolicyNamesThem()
    {
        var (_, _, image) = Emit(Method("var list = new List<int>(); list.Add(1); foreach (var x in list) { } return Environment.NewLine.Length;"), CompileReferences.Allowed);

        var references = EmittedReferences.Read(image!.Value)!;

        Assert.Contains(new EmittedReferences.Reference("System.Collections.Generic.List", "Add"), references);
        Assert.Contains(new EmittedReferences.Reference("System.Collections.Generic.List", "GetEnumerator"), references);
        Assert.Contains(new EmittedReferences.Reference("System.Collections.Generic.List", null), references); // List<T>.Enumerator, by its outer type
        Assert.Contains(new EmittedReferences.Reference("System.Environment", "get_NewLine"), references);
    }

    /// <summary>The source compiles, and its image refers only to what the fast path clears (the failure lists the references).</summary>
    private static void AssertCleared(string source)
    {
        var (_, tree, image) = Emit(source, CompileReferences.Allowed);

        Assert.NotNull(image);
        var references = EmittedReferences.Read(image.Value)!;
        Assert.True(EmittedReferenceCheck.AllAllowed(references, Identifiers(tree)),
            string.Join(", ", references.Select(r => $"{r.Type}.{r.Member}")));
    }

    private static string Method(string body) => $"public class Solution\n{{\n    public int Run()\n    {{\n        {body}\n    }}\n}}\n";

    private static CompileRequest Request(string source) => new(source, ProblemKind.Function, new EntryPoint("Solution", "Run"), []);

    /// <summary>Compiles as the judge does (its usings and prelude types beside the submission); the image is null when it does not compile.</summary>
    private static (CSharpCompilation Compilation, SyntaxTree Tree, ReadOnlyMemory<byte>? Image) Emit(
        string source, System.Collections.Immutable.ImmutableArray<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), parse, JudgePrelude.SubmissionFileName);
        var prelude = JudgePrelude.FilesFor(PreludeTypes).Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Source, Encoding.UTF8), parse, f.FileName));
        var compilation = CSharpCompilation.Create("Submission", [.. prelude, tree], references, new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, allowUnsafe: true,
            nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: false));
        using var image = new MemoryStream();
        return (compilation, tree, compilation.Emit(image).Success ? image.ToArray() : (ReadOnlyMemory<byte>?)null);
    }

    private static HashSet<string> Identifiers(SyntaxTree tree) =>
        [.. tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText)];

    private static string FindRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Judge.sln not found above " + from);
    }
}
