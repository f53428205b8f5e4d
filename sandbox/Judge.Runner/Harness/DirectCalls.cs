using System.Reflection;
using System.Reflection.Emit;

namespace Judge.Runner.Harness;

/// <summary>A method called through a method emitted for it: the instance (ignored for a static method) and the arguments.</summary>
public delegate object? DirectCall(object? instance, object?[] arguments);

/// <summary>
/// Emits a small method that calls a member of the submission without reflection, for the operations a design test
/// calls thousands of times. The runner keeps reflection on its interpreted path (see Judge.Runner.csproj), which
/// costs no JIT in small tests but about 0.6 µs a call; a test's calls are timed as a whole, so for 110000 calls
/// that was 60-70 ms of the submission's time spent in the judge. The emitted method unboxes the arguments, calls
/// the member and boxes its result, as the runtime's own invoke stubs do; its JIT costs about as much as 1000
/// interpreted calls save, so it is made once an operation has been bound that often, while a test is prepared.
/// </summary>
public static class DirectCalls
{
    /// <summary>Bindings of one member (within one runner) after which its calls are emitted.</summary>
    public const int WorthFromBindings = 1000;

    /// <summary>
    /// The direct call, or null where the member's shape is one that only reflection handles the same way.
    /// <paramref name="parameters"/> are its parameter types, as <see cref="Overload"/> holds them.
    /// </summary>
    public static DirectCall? TryCreate(MethodBase member, Type[] parameters)
    {
        if (!Supported(member, parameters))
        {
            return null;
        }
        var method = new DynamicMethod("Direct" + member.Name, typeof(object), [typeof(object), typeof(object[])], typeof(DirectCalls).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        var declaring = member.DeclaringType!;
        if (!member.IsStatic)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, declaring);
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            // For a reference type, unbox.any is a cast; for Nullable<T>, it takes a boxed T or null, as reflection does.
            il.Emit(OpCodes.Unbox_Any, parameters[i]);
        }
        // Through the method's address, as the runtime's own invoke stubs call: a direct call could be inlined into
        // this method, and the submission's frame, with its line, would be missing from an exception's stack trace.
        var called = (MethodInfo)member;
        il.Emit(OpCodes.Ldc_I8, (long)called.MethodHandle.GetFunctionPointer());
        il.Emit(OpCodes.Conv_I);
        il.EmitCalli(OpCodes.Calli, called.IsStatic ? CallingConventions.Standard : CallingConventions.HasThis,
            called.ReturnType, parameters, null);
        var returned = called.ReturnType;
        if (returned == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (returned.IsValueType)
        {
            il.Emit(OpCodes.Box, returned);
        }
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<DirectCall>();
    }

    /// <summary>
    /// Methods of classes with parameters and results passed by value: constructors (called once a test, and an
    /// allocation the JIT could inline), virtual methods, by-reference parameters (whose values reflection copies
    /// back), pointers, ref structs, generic definitions and the instance methods of structs (which need the box's
    /// address) stay with reflection.
    /// </summary>
    private static bool Supported(MethodBase member, Type[] parameters)
    {
        if (member is not MethodInfo method || method.ContainsGenericParameters
            || method.DeclaringType is not { } declaring || declaring.ContainsGenericParameters)
        {
            return false;
        }
        // A virtual method's address is that of the declaring type's body, not of an override.
        if (method.IsVirtual && !method.IsFinal || !method.IsStatic && declaring.IsValueType || !PassedByValue(method.ReturnType))
        {
            return false;
        }
        foreach (var parameter in parameters)
        {
            if (!PassedByValue(parameter))
            {
                return false;
            }
        }
        return true;
    }

    private static bool PassedByValue(Type type) => !type.IsByRef && !type.IsPointer && !type.IsByRefLike && !type.IsFunctionPointer;
}
