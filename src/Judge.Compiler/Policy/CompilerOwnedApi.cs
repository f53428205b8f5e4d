namespace Judge.Compiler.Policy;

/// <summary>
/// What the C# compiler refers to on a submission's behalf, outside the allow-list: the attributes it puts on every
/// assembly and on generated code, and the helpers behind interpolated strings, async methods, array initializers and
/// collection expressions. The policy judges what a submission writes, so these are allowed when the compiler wrote
/// them, that is when the submission never names the type (see <see cref="EmittedReferenceCheck"/>).
/// </summary>
internal static class CompilerOwnedApi
{
    private static readonly HashSet<string> Constructor = [".ctor"];

    /// <summary>Each type with the members the compiler uses (empty: the type only appears in signatures); null for any member.</summary>
    public static readonly Dictionary<string, HashSet<string>?> Types = new()
    {
        // On every assembly and module (unsafe code compiles, so that the policy can reject it by name).
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = Constructor,
        ["System.Diagnostics.DebuggableAttribute"] = Constructor,
        ["System.Security.Permissions.SecurityPermissionAttribute"] = Constructor,
        ["System.Security.Permissions.SecurityAction"] = [],
        ["System.Security.UnverifiableCodeAttribute"] = Constructor,
        // On generated members: lambdas' closures, iterators, records, tuples' names, nullability, indexers.
        ["System.Runtime.CompilerServices.CompilerGeneratedAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.NullableAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.NullableContextAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.TupleElementNamesAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.ExtensionAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IsReadOnlyAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IsByRefLikeAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.ScopedRefAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.ParamCollectionAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.RequiredMemberAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IteratorStateMachineAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.AsyncStateMachineAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.PreserveBaseOverridesAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.InlineArrayAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.DecimalConstantAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IsUnmanagedAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.ExtensionMarkerAttribute"] = Constructor,
        ["System.Diagnostics.DebuggerDisplayAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IsExternalInit"] = [],
        ["System.Runtime.CompilerServices.IsVolatile"] = [],
        // Modifiers in signatures: `in` and `ref readonly` parameters of delegates and virtual members, `unmanaged` constraints.
        ["System.Runtime.InteropServices.InAttribute"] = [],
        ["System.Runtime.InteropServices.UnmanagedType"] = [],
        ["System.Diagnostics.DebuggerHiddenAttribute"] = Constructor,
        ["System.Diagnostics.DebuggerBrowsableAttribute"] = Constructor,
        ["System.Diagnostics.DebuggerBrowsableState"] = [],
        ["System.Diagnostics.DebuggerStepThroughAttribute"] = Constructor,
        ["System.Reflection.DefaultMemberAttribute"] = Constructor,
        // The machinery of language features.
        ["System.Runtime.CompilerServices.DefaultInterpolatedStringHandler"] = null,
        ["System.Runtime.CompilerServices.FormattableStringFactory"] = ["Create"],
        ["System.Runtime.CompilerServices.IAsyncStateMachine"] = null,
        ["System.Runtime.CompilerServices.INotifyCompletion"] = null,
        ["System.Runtime.CompilerServices.ICriticalNotifyCompletion"] = null,
        ["System.Runtime.CompilerServices.AsyncTaskMethodBuilder"] = null,
        ["System.Runtime.CompilerServices.AsyncValueTaskMethodBuilder"] = null,
        ["System.Runtime.CompilerServices.AsyncVoidMethodBuilder"] = null,
        ["System.Runtime.CompilerServices.AsyncIteratorMethodBuilder"] = null,
        ["System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore"] = null,
        ["System.Threading.Tasks.Sources.IValueTaskSource"] = null,
        ["System.Threading.Tasks.Sources.ValueTaskSourceStatus"] = [],
        ["System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags"] = [],
        ["System.Runtime.CompilerServices.SwitchExpressionException"] = Constructor,
        // An await in a catch or finally block rethrows the caught exception with its original stack.
        ["System.Runtime.ExceptionServices.ExceptionDispatchInfo"] = ["Capture", "Throw"],
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = ["InitializeArray", "CreateSpan", "GetSubArray", "EnsureSufficientExecutionStack"],
        ["System.RuntimeFieldHandle"] = [],
        ["System.Runtime.InteropServices.CollectionsMarshal"] = ["AsSpan", "SetCount"],
        ["System.RuntimeTypeHandle"] = [],
    };

    /// <summary>
    /// Members of types a submission may name (so a use of the type proves nothing) that only the compiler calls:
    /// allowed when the source never names the member. <c>typeof</c>, and records' equality, become
    /// <c>Type.GetTypeFromHandle</c>.
    /// </summary>
    public static readonly Dictionary<string, HashSet<string>> Members = new()
    {
        ["System.Type"] = ["GetTypeFromHandle"],
    };
}
