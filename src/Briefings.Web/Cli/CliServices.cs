using Briefings.Web.Data;
using Briefings.Web.Ingestion;
using Serilog;
using Serilog.Events;

namespace Briefings.Web.Cli;

/// <summary>The services a verb other than serve needs: the store, ingestion and logging to standard error, without a web host.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(BriefingsDatabase database, bool verbose)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Error)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            // Standard output carries the per-file lines; log events go to standard error.
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSerilog(logger, dispose: true))
            .AddBriefingsDb(database)
            .AddBriefingsIngestion();
        return services.BuildServiceProvider();
    }
}
