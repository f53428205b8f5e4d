using System.Diagnostics;

namespace Judge.Runner;

/// <summary>
/// Describes an exception from the submission: its type, message, and the line in the user's source. The
/// message is capped and read defensively: it is the submission's own code and may be huge or may throw.
/// </summary>
public static class ExceptionReport
{
    private const string SubmissionFile = "Solution.cs";
    private const int MaxMessageLength = 500;

    public static string Describe(Exception e)
    {
        string message;
        int? line;
        try
        {
            message = e.Message;
            line = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => Path.GetFileName(f.GetFileName()) == SubmissionFile)
                ?.GetFileLineNumber();
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
        return $"{e.GetType().FullName}: {message}{where}";
    }
}
