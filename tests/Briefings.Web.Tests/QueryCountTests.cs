using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Web.Tests;

/// <summary>Counts the SQL commands the app runs.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The app with every DbContext counting its commands.</summary>
public sealed class CountingFactory : BriefingsFactory
{
    public CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<Data.BriefingsDb>(o => o.AddInterceptors(Counter)));
    }
}

/// <summary>A page of any list costs the same number of queries whatever its size: no query per item.</summary>
public sealed class QueryCountTests : IClassFixture<CountingFactory>, IAsyncLifetime
{
    private readonly CountingFactory _factory;

    public QueryCountTests(CountingFactory factory) => _factory = factory;

    public Task InitializeAsync() => ApiSample.StoreAsync(_factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> CommandsAsync(string path)
    {
        await _factory.GetJsonAsync(path);
        _factory.Counter.Reset();
        await _factory.GetJsonAsync(path);
        return _factory.Counter.Count;
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/stories")]
    [InlineData("/api/articles")]
    [InlineData("/api/entities")]
    [InlineData("/api/claims")]
    public async Task APageOfOneAndAPageOfAllCostTheSameQueries(string list)
    {
        var one = await CommandsAsync(list + "?pageSize=1&actor=russia&affiliates=true");
        var all = await CommandsAsync(list + "?pageSize=200&actor=russia&affiliates=true");
        // The slug lookup, one query per affiliation level, the count, the page and its split-off lists.
        Assert.InRange(one, 1, 12);
        Assert.Equal(one, all);
    }

    [Fact]
    public async Task TheChartsOfOneDayAndOfAllDaysCostTheSameQueries()
    {
        async Task<int> PageCommandsAsync(string path)
        {
            await _factory.GetPageAsync(path);
            _factory.Counter.Reset();
            await _factory.GetPageAsync(path);
            return _factory.Counter.Count;
        }

        var one = await PageCommandsAsync("/charts?split=actor&from=2031-03-10&to=2031-03-10");
        var all = await PageCommandsAsync("/charts?split=actor&from=2031-03-01&to=2031-03-31");
        // Loose events, stories, their members, participants, figures (and their values when there are some).
        Assert.InRange(one, 1, 8);
        Assert.Equal(one, all);
    }
}
