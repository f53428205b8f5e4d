namespace Judge.Compiler.Policy;

/// <summary>
/// What a submission may use, as data: an allow-list of namespaces, types within partly allowed namespaces,
/// and members of otherwise forbidden types. Everything else is <c>Rejected</c> before anything runs.
/// The OS sandbox contains what slips through; this list keeps submissions away from the runner's own
/// machinery (reflection, raw handles, interop) and gives a clear message at the exact place.
/// </summary>
public static class ApiPolicy
{
    /// <summary>Namespaces whose every type is allowed, except the types in <see cref="ForbiddenTypes"/>.</summary>
    public static readonly HashSet<string> AllowedNamespaces =
    [
        "System",
        "System.Buffers",
        "System.Collections",
        "System.Collections.Concurrent",
        "System.Collections.Generic",
        "System.Collections.Immutable",
        "System.Collections.ObjectModel",
        "System.Collections.Specialized",
        "System.Diagnostics.CodeAnalysis",
        "System.Globalization",
        "System.Linq",
        "System.Numerics",
        "System.Text",
        "System.Text.RegularExpressions",
        "System.Threading",
        "System.Threading.Tasks",
    ];

    /// <summary>Single types allowed from namespaces that are otherwise closed.</summary>
    public static readonly HashSet<string> AllowedTypes =
    [
        "System.IO.TextReader",
        "System.IO.TextWriter",
        "System.IO.StringReader",
        "System.IO.StringWriter",
        "System.IO.IOException",
        "System.IO.EndOfStreamException",
        "System.IO.InvalidDataException",
        "System.Diagnostics.Stopwatch",
        "System.Diagnostics.Debug",
        "System.Runtime.CompilerServices.MethodImplAttribute",
        "System.Runtime.CompilerServices.MethodImplOptions",
        "System.Runtime.CompilerServices.ITuple",
        "System.Runtime.CompilerServices.TaskAwaiter",
        "System.Runtime.CompilerServices.ConfiguredTaskAwaitable",
        "System.Runtime.CompilerServices.YieldAwaitable",
        "System.Runtime.CompilerServices.ValueTaskAwaiter",
    ];

    /// <summary>Members allowed although their type is not: what <c>GetType().Name</c> resolves to.</summary>
    public static readonly HashSet<string> AllowedMembers =
    [
        "System.Reflection.MemberInfo.Name",
    ];

    /// <summary>Types of allowed namespaces that are forbidden, with the reason the message gives.</summary>
    public static readonly Dictionary<string, string> ForbiddenTypes = new()
    {
        ["System.Activator"] = "creates objects by reflection",
        ["System.AppDomain"] = "reaches into the judge's process",
        ["System.AppContext"] = "reads and changes the process's settings",
        ["System.GC"] = "controls the garbage collector",
        ["System.Runtime.InteropServices.Marshal"] = "is interop",
        ["System.TypedReference"] = "bypasses type safety",
        ["System.ArgIterator"] = "bypasses type safety",
        ["System.RuntimeTypeHandle"] = "is reflection",
        ["System.RuntimeMethodHandle"] = "is reflection",
        ["System.RuntimeFieldHandle"] = "is reflection",
        ["System.ModuleHandle"] = "is reflection",
        ["System.Threading.ExecutionContext"] = "reaches into the judge's process",
    };

    /// <summary>
    /// Types that are allowed only through these members (everything else on them is forbidden).
    /// </summary>
    public static readonly Dictionary<string, (string Reason, HashSet<string> Members)> RestrictedTypes = new()
    {
        ["System.Environment"] = ("reads the process's environment or ends it",
            ["NewLine", "ProcessorCount", "TickCount", "TickCount64", "CurrentManagedThreadId", "StackTrace"]),
        ["System.Type"] = ("is reflection",
            ["Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "op_Equality", "op_Inequality",
             "IsAssignableFrom", "IsInstanceOfType", "IsValueType", "IsGenericType", "IsArray", "IsEnum", "GetGenericArguments", "GetElementType"]),
        ["System.Delegate"] = ("is reflection",
            ["Invoke", "Combine", "Remove", "Equals", "GetHashCode", "op_Equality", "op_Inequality", "BeginInvoke", "EndInvoke"]),
        ["System.String"] = ("changes the runtime's string pool", AllMembersExcept("Intern", "IsInterned")),
        ["System.Console"] = ("opens the process's raw standard streams", AllMembersExcept("OpenStandardInput", "OpenStandardOutput", "OpenStandardError", "SetIn", "SetOut", "SetError")),
    };

    /// <summary>A member set that means "all but these" (checked by <see cref="MemberAllowed"/>).</summary>
    private static HashSet<string> AllMembersExcept(params string[] forbidden) => [.. forbidden.Select(f => "!" + f)];

    public static bool MemberAllowed(HashSet<string> members, string member) =>
        members.Any(m => m.StartsWith('!'))
            ? !members.Contains("!" + member)
            : members.Contains(member);
}
