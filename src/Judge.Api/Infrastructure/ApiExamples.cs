using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Judge.Api.Infrastructure;

/// <summary>Puts a realistic example on every operation's request and success response, keyed by operation id.</summary>
internal sealed class ApiExamples : IOpenApiOperationTransformer
{
    private const string Source = "public class Solution { public bool IsPalindrome(string s) { var t = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()); return t.SequenceEqual(t.Reverse()); } }";

    private static readonly Dictionary<string, (string? Request, string Status, string Response)> Examples = new()
    {
        ["CreateSubmission"] = (
            $$"""{ "problemId": "valid-palindrome", "language": "csharp", "source": {{JsonValue.Create(Source).ToJsonString()}} }""",
            "202",
            """{ "id": "3f2a9c1e6b7d4e0f9a8b7c6d5e4f3a2b", "status": "Queued" }"""),
        ["GetSubmission"] = (null, "200", """
            { "id": "3f2a9c1e6b7d4e0f9a8b7c6d5e4f3a2b", "problemId": "valid-palindrome", "status": "Completed",
              "verdict": "Accepted", "score": 100, "passed": 24, "total": 24, "timeMs": 3.1, "memoryKb": 41000,
              "diagnostics": [],
              "tests": [ { "name": "example-1", "group": "samples", "verdict": "Accepted", "timeMs": 0.2, "memoryKb": 40000,
                           "message": null, "input": "[\"A man, a plan, a canal: Panama\"]", "expected": "true", "actual": "true" } ],
              "createdAt": "2026-11-27T09:00:00+00:00" }
            """),
        ["CheckSource"] = (
            """{ "problemId": "valid-palindrome", "source": "public class Solution\n{\n    public bool IsPalindrome(string s) => System.IO.File.Exists(s)\n}\n" }""",
            "200",
            """
            { "ok": false, "compileMs": 6.4,
              "diagnostics": [
                { "id": "JUDGE100", "severity": "Error", "message": "'System.IO.File' is not available to submissions: the namespace 'System.IO' is not on the judge's allow-list.",
                  "line": 3, "column": 53, "endLine": 3, "endColumn": 57 },
                { "id": "CS1002", "severity": "Error", "message": "; expected", "line": 3, "column": 67, "endLine": 3, "endColumn": 67 } ] }
            """),
        ["RunCode"] = (
            """{ "problemId": "pair-sum", "source": "public class Solution { ... }", "tests": [ { "input": "[[3, 1, 2], 4]" } ] }""",
            "200",
            """
            { "problemId": "pair-sum", "verdict": "WrongAnswer", "passed": 0, "total": 1, "timeMs": 1.4, "memoryKb": 39196, "diagnostics": [],
              "tests": [ { "name": "custom-1", "group": "custom", "verdict": "WrongAnswer", "timeMs": 1.4, "memoryKb": 39196,
                           "message": "result has 2 elements, expected 1.", "input": "[[3, 1, 2], 4]", "expected": "[[1,3]]", "actual": "[[1,3],[2,2]]" } ] }
            """),
        ["ListProblems"] = (null, "200", """[ { "id": "lru-cache", "title": "LRU Cache", "difficulty": "Medium", "tags": ["design", "hash-table"], "kind": "Design" } ]"""),
        ["GetProblem"] = (null, "200", """
            { "id": "valid-palindrome", "title": "Valid Palindrome", "difficulty": "Easy", "tags": ["string", "two-pointers"],
              "kind": "Function", "statement": "# Valid Palindrome\n...", "starterCode": "public class Solution { ... }",
              "limits": { "timeMs": 1000, "memoryMb": 256 },
              "samples": [ { "name": "example-1", "input": "[\"A man, a plan, a canal: Panama\"]", "expected": "true" } ] }
            """),
        ["Health"] = (null, "200", """{ "status": "ok", "sandbox": { "namespaces": "bubblewrap", "cgroups": "cgroup v1 (memory, pids)", "unsafe": false, "problems": [] }, "problems": 10, "queued": 0 }"""),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example))
        {
            return Task.CompletedTask;
        }
        if (example.Request is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
        {
            body.Example = JsonNode.Parse(request);
        }
        if (operation.Responses?.TryGetValue(example.Status, out var response) == true &&
            response.Content?.TryGetValue("application/json", out var content) == true)
        {
            content.Example = JsonNode.Parse(example.Response);
        }
        return Task.CompletedTask;
    }
}
