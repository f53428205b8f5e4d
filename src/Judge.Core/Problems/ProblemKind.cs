namespace Judge.Core.Problems;

public enum ProblemKind
{
    /// <summary>A method on <c>public class Solution</c>, called once per test.</summary>
    Function,

    /// <summary>A class driven by a list of operations; the first operation constructs it.</summary>
    Design,

    /// <summary>A program that reads stdin and writes stdout.</summary>
    Stdio,
}
