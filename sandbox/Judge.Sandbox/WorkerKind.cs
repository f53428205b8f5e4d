namespace Judge.Sandbox;

/// <summary>The two programs the host runs in the sandbox, by the name of their assembly.</summary>
public sealed record WorkerKind(string AssemblyName)
{
    public static WorkerKind Compiler { get; } = new("Judge.Compiler");

    public static WorkerKind Runner { get; } = new("Judge.Runner");
}
