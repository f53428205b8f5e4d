using Judge.Api.Batches;
using Judge.Api.Callbacks;
using Judge.Api.Submissions;
using Microsoft.Extensions.Options;

namespace Judge.Api.Storage;

public static class StorageSetup
{
    /// <summary>The SQLite database (created and migrated at start), the submission store and the durable queue over it.</summary>
    public static IServiceCollection AddJudgeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath;
            if (string.IsNullOrEmpty(folder))
            {
                folder = Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "data");
            }
            var database = new SqliteDatabase(Path.Combine(folder, "judge.db"));
            sp.GetRequiredService<ILogger<SqliteDatabase>>().LogInformation("Database: {Path}", Path.GetFullPath(database.Path));
            return database;
        });
        services.AddSingleton<SqliteSubmissionStore>();
        services.AddSingleton<ISubmissionStore>(sp => sp.GetRequiredService<SqliteSubmissionStore>());
        services.AddSingleton<IJudgeQueue>(sp => sp.GetRequiredService<SqliteSubmissionStore>());
        services.AddSingleton<IBatchStore, SqliteBatchStore>();
        services.AddSingleton<ICallbackOutbox, SqliteCallbackOutbox>();
        services.AddSingleton<SubmissionSignals>();
        services.AddHostedService<JudgeWorker>();
        return services;
    }
}
