using System.Diagnostics;

namespace Judge.Runner;

/// <summary>
/// Describes an exception from the submission: its type, message, and the line in the user's source. The
/// message is capped and read defensively: it is the submission's own code and may be huge or may throw.
/// </summary>
/// <param name="Message">Type, message and line, for tests whose data the submitter may see.</param>
/// <param name="PublicMessage">
/// Type and line only, for hidden tests: the message is the submission's to choose, so it could carry the hidden
/// input out. Generic arguments are left out too, since recursion over generic types can build them from the input.
/// </param>
public sealed record ExceptionReport(string Message, string PublicMessage)
{
    private const string SubmissionFile = "Solution.cs";
    private const int MaxMessageLength = 500;

    public static ExceptionReport Describe(Exception e)
    {
        string message;
        int? line;
        try
        {
            message = e.Message;
            line = SubmissionLine(new StackTrace(e, fNeedFileInfo: true));
        }
        catch (Exception)
        {
            message = "(the exception's message could not be read)";
            line = null;
        }
        if (message.Length > MaxMessageLength)
        {
            message = message[..MaxMessageLength] + "...";
        }
        var where = line is > 0 ? $" (line {line})" : "";
        var type = e.GetType();
        var typeName = type.IsGenericType ? type.GetGenericTypeDefinition().FullName : type.FullName;
        return new ExceptionReport($"{type.FullName}: {message}{where}", $"{typeName}{where}");
    }

    /// <summary>The line of the innermost frame in the user's source (a loop: LINQ would load System.Linq for it).</summary>
    private static int? SubmissionLine(StackTrace trace)
    {
        foreach (var frame in trace.GetFrames())
        {
            if (Path.GetFileName(frame.GetFileName()) == SubmissionFile)
            {
                return frame.GetFileLineNumber();
            }
        }
        return null;
    }
}
