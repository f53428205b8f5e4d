using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Judge.Api.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Api.Batches;

/// <summary>
/// Reads a batch upload: a zip of <c>&lt;candidate&gt;/&lt;problemId&gt;.cs</c> files (one enclosing folder is
/// allowed, as when a folder is zipped whole), or JSON <c>{ title?, submissions: [{ candidate, problemId, source }] }</c>.
/// Every problem is reported with the entry it concerns; the batch is taken whole or not at all.
/// </summary>
public static class BatchUpload
{
    public sealed record Parsed(string? Title, IReadOnlyList<CandidateSource> Sources);

    public sealed record JsonBatch(string? Title, List<JsonEntry>? Submissions);

    public sealed record JsonEntry(string? Candidate, string? ProblemId, string? Source);

    private const int MaxCandidateLength = 100;

    public static (Parsed? Batch, Dictionary<string, string[]> Errors) FromZip(Stream zip, string? title, ProblemCatalog problems, JudgeOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        var sources = new List<CandidateSource>();
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            errors["body"] = ["The body is not a readable zip archive."];
            return (null, errors);
        }
        using (archive)
        {
            var files = archive.Entries.Where(e => e.FullName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToList();
            var paths = StripSharedFolder(files.Select(e => e.FullName.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToList());
            for (var i = 0; i < files.Count; i++)
            {
                var field = files[i].FullName;
                if (paths[i].Length != 2)
                {
                    errors[field] = ["Expected <candidate>/<problemId>.cs."];
                    continue;
                }
                if (files[i].Length > options.MaxSourceBytes)
                {
                    errors[field] = [$"The source is {files[i].Length} bytes; the limit is {options.MaxSourceBytes}."];
                    continue;
                }
                try
                {
                    sources.Add(new CandidateSource(paths[i][0], Path.GetFileNameWithoutExtension(paths[i][1]), ReadText(files[i], options.MaxSourceBytes)));
                }
                catch (InvalidDataException)
                {
                    errors[field] = ["The entry is damaged and cannot be read."];
                }
            }
        }
        Check(sources, i => $"{sources[i].Candidate}/{sources[i].ProblemId}.cs", problems, options, errors);
        return (errors.Count == 0 ? new Parsed(title, sources) : null, errors);
    }

    public static (Parsed? Batch, Dictionary<string, string[]> Errors) FromJson(JsonBatch? body, ProblemCatalog problems, JudgeOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        if (body?.Submissions is null)
        {
            errors["submissions"] = ["A list of { candidate, problemId, source } is required."];
            return (null, errors);
        }
        for (var i = 0; i < body.Submissions.Count; i++)
        {
            var entry = body.Submissions[i];
            if (entry is null)
            {
                errors[$"submissions[{i}]"] = ["The entry is null."];
                continue;
            }
            Require(entry.Candidate, $"submissions[{i}].candidate", errors);
            Require(entry.ProblemId, $"submissions[{i}].problemId", errors);
            Require(entry.Source, $"submissions[{i}].source", errors);
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var sources = body.Submissions.Select(e => new CandidateSource(e.Candidate!, e.ProblemId!, e.Source!)).ToList();
        Check(sources, i => $"submissions[{i}]", problems, options, errors);
        return (errors.Count == 0 ? new Parsed(body.Title, sources) : null, errors);
    }

    /// <summary>Checks that apply however the batch came: known problems, sane names, sizes, no duplicates, not too many.</summary>
    private static void Check(List<CandidateSource> sources, Func<int, string> fieldOf, ProblemCatalog problems, JudgeOptions options, Dictionary<string, string[]> errors)
    {
        if (sources.Count == 0 && errors.Count == 0)
        {
            errors["submissions"] = ["The batch holds no solutions."];
        }
        if (sources.Count > options.MaxBatchSubmissions)
        {
            errors["submissions"] = [$"The batch holds {sources.Count} solutions; the limit is {options.MaxBatchSubmissions}."];
        }
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var (candidate, problemId, source) = sources[i];
            var reasons = new List<string>();
            if (candidate.Length > MaxCandidateLength || candidate.Any(char.IsControl) || string.IsNullOrWhiteSpace(candidate))
            {
                reasons.Add($"The candidate name must be 1 to {MaxCandidateLength} printable characters.");
            }
            if (problems.Find(problemId) is null)
            {
                reasons.Add($"There is no problem '{problemId}'.");
            }
            if (string.IsNullOrWhiteSpace(source))
            {
                reasons.Add("The source is empty.");
            }
            else if (Encoding.UTF8.GetByteCount(source) > options.MaxSourceBytes)
            {
                reasons.Add($"The source is larger than {options.MaxSourceBytes} bytes.");
            }
            if (!seen.Add((candidate, problemId)))
            {
                reasons.Add($"'{candidate}' has more than one solution to '{problemId}'.");
            }
            if (reasons.Count > 0)
            {
                errors[fieldOf(i)] = [.. reasons];
            }
        }
    }

    private static void Require(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"The {field.Split('.')[^1]} field is required."];
        }
    }

    /// <summary>Drops one folder that encloses every file, as zipping a folder whole produces.</summary>
    private static List<string[]> StripSharedFolder(List<string[]> paths) =>
        paths.Count > 0 && paths.All(p => p.Length == 3 && p[0] == paths[0][0]) ? [.. paths.Select(p => p[1..])] : paths;

    /// <summary>Reads at most <paramref name="limit"/> bytes: a zip entry's declared size can lie.</summary>
    private static string ReadText(ZipArchiveEntry entry, int limit)
    {
        using var stream = entry.Open();
        var buffer = new byte[limit + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        // Editors on Windows often start files with a byte-order mark; it is not part of the source.
        var bom = buffer.AsSpan(0, read).StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(buffer, bom, read - bom);
    }
}
