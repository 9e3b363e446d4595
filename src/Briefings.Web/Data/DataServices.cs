
namespace Briefings.Web.Data;

public static class DataServices
{
    /// <summary>
    /// Registers <see cref="BriefingsDb"/> both scoped (pages) and as a factory (ingestion makes one
    /// context per file). The database is read from the <see cref="BriefingsDatabase"/> singleton,
    /// so a test can replace it with an in-memory connection.
    /// </summary>
    public static IServiceCollection AddBriefingsDb(this IServiceCollection services, BriefingsDatabase? database = null)
    {
        if (database is not null)
            services.AddSingleton(database);
        services.AddDbContext<BriefingsDb>((sp, o) => sp.GetRequiredService<BriefingsDatabase>().Configure(o), optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContextFactory<BriefingsDb>((sp, o) => sp.GetRequiredService<BriefingsDatabase>().Configure(o));
        return services;
    }
}
