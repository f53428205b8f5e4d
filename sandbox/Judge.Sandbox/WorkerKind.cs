namespace Judge.Sandbox;

/// <summary>
/// The two programs the host runs in the sandbox, by the name of their assembly. One with an
/// <paramref name="Executable"/> (a path under the worker directory) is a self-contained file that starts on its own;
/// one without is started by the host's <c>dotnet</c> and sees the host's .NET installation inside the sandbox.
/// </summary>
public sealed record WorkerKind(string AssemblyName, string? Executable = null)
{
    public static WorkerKind Compiler { get; } = new("Judge.Compiler");

    /// <summary>One self-contained file, built by Judge.Runner.csproj: a runner starts once per submission.</summary>
    public static WorkerKind Runner { get; } = new("Judge.Runner", Executable: "runner/Judge.Runner");
}
