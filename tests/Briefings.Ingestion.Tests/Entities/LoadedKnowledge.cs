using Briefings.Ingestion.Entities;

namespace Briefings.Ingestion.Tests.Entities;

/// <summary>The embedded gazetteer and country table, loaded once for all the tests that read them.</summary>
internal static class LoadedKnowledge
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(Gazetteer.Load);
    private static readonly Lazy<CountryTable> LazyCountries = new(CountryTable.Load);

    public static Gazetteer Gazetteer => LazyGazetteer.Value;
    public static CountryTable Countries => LazyCountries.Value;
}
