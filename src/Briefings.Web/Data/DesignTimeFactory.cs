using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Briefings.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without running Program (whose first step is the command line).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BriefingsDb>
{
    public BriefingsDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BriefingsDb>();
        BriefingsDatabase.FromFile("briefings.db").Configure(options);
        return new BriefingsDb(options.Options);
    }
}
