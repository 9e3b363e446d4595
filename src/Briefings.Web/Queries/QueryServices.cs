using Briefings.Web.Queries.Search;

namespace Briefings.Web.Queries;

public static class QueryServices
{
    /// <summary>The timeline's query (shared by pages, API, feed and CSV) and the search's aliases, built once from the recogniser's knowledge.</summary>
    public static IServiceCollection AddBriefingsQueries(this IServiceCollection services)
    {
        services.AddScoped<TimelineQuery>();
        services.AddSingleton<SearchAliases>();
        return services;
    }
}
