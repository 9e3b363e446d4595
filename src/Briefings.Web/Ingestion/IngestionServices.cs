using Briefings.Ingestion;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Reading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefings.Web.Ingestion;

public static class IngestionServices
{
    /// <summary>The reader, the pipeline (built once, its knowledge shared), the cross-article step and the service.</summary>
    public static IServiceCollection AddBriefingsIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration("Ingestion");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DocumentReader(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        // What the recogniser knows, loaded once: the pipeline reads with it, search finds aliases in it.
        services.TryAddSingleton(sp => KnowledgeLoader.Load(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton(sp => IngestionPipeline.CreateDefault(sp.GetRequiredService<IOptions<IngestionOptions>>().Value, sp.GetRequiredService<Knowledge>()));
        services.AddSingleton<ICrossArticleStep, CrossArticleStep>();
        services.AddSingleton<IngestionService>();
        return services;
    }
}
