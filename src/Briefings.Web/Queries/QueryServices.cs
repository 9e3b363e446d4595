using Briefings.Web.Queries.Search;

namespace Briefings.Web.Queries;

public static class QueryServices
{
    /// <summary>The timeline's query (shared by pages, API, feed, CSV and charts), the charts' numbers and the search's aliases, built once from the recogniser's knowledge.</summary>
    public static IServiceCollection AddBriefingsQueries(this IServiceCollection services)
    {
        services.AddScoped<TimelineQuery>();
        services.AddScoped<ChartQuery>();
        services.AddSingleton<SearchAliases>();
        return services;
    }
}
