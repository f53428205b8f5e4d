using System.Diagnostics;

namespace Judge.Runner;

/// <summary>Describes an exception from the submission: its type, message, and the line in the user's source.</summary>
public static class ExceptionReport
{
    private const string SubmissionFile = "Solution.cs";

    public static string Describe(Exception e)
    {
        var line = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => Path.GetFileName(f.GetFileName()) == SubmissionFile)
            ?.GetFileLineNumber();
        var where = line is > 0 ? $" (line {line})" : "";
        return $"{e.GetType().FullName}: {e.Message}{where}";
    }
}
