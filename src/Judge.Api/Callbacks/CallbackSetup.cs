namespace Judge.Api.Callbacks;

public static class CallbackSetup
{
    public static IServiceCollection AddJudgeCallbacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallbackOptions>().Bind(configuration.GetSection(CallbackOptions.Section));
        // Deliveries never follow redirects: the receiver is the URL the submitter gave, nothing else.
        services.AddHttpClient(CallbackSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddHostedService<CallbackSender>();
        return services;
    }
}
