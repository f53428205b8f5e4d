using Judge.Api.Access;
using Judge.Api.Batches;
using Judge.Api.Callbacks;
using Judge.Api.Editor;
using Judge.Api.Health;
using Judge.Api.Infrastructure;
using Judge.Api.Problems;
using Judge.Api.Storage;
using Judge.Api.Submissions;

// Configuration is read once at start. Reloading it on change would watch the content root, subdirectories
// included, and the default database lives there (data/): every SQLite write woke the watcher, about 2 ms of the
// host's 13 ms of CPU per submission. Placed first, so that an operator's own --hostBuilder:reloadConfigOnChange=true
// on the command line still wins (the environment's DOTNET_hostBuilder__reloadConfigOnChange does not).
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

builder.Services.AddJudgeEngine(builder.Configuration);
builder.Services.AddJudgeStorage(builder.Configuration);
builder.Services.AddJudgeCallbacks(builder.Configuration);
builder.Services.AddJudgeAccess(builder.Configuration);
builder.Services.AddProblems();
builder.Services.AddEditor(builder.Configuration);
builder.Services.AddJudgeApiDocs();
builder.Services.AddJudgeProblemDetails();
builder.Services.AddJudgeMetrics();

var app = builder.Build();

app.UseJudgeProblemDetails();
app.UseJudgeAccess();
app.MapJudgeApiDocs();
app.MapProblems();
app.MapSubmissions();
app.MapBatches();
app.MapEditor();
app.MapHealth();
app.MapJudgeMetrics();

app.Run();

/// <summary>Visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
