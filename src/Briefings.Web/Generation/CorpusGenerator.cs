using System.Text;
using Briefings.Ingestion.Entities;

namespace Briefings.Web.Generation;

/// <summary>
/// Writes <c>count</c> article files into a folder, deterministic for a seed: article <c>i</c> comes
/// from its own <see cref="Random"/> seeded by (seed, i), so a corpus can be regenerated, extended
/// and compared byte for byte. Files are written whole (to a temporary name, then moved), so an
/// interrupted run leaves no half file for an inbox watcher to read.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly Lazy<GenerationWorld> BuiltInWorld = new(() => new GenerationWorld(Gazetteer.Load(), ActorDictionary.BuiltIn));

    private readonly ArticleComposer _composer;

    public CorpusGenerator(GenerationWorld world) => _composer = new ArticleComposer(world);

    public static CorpusGenerator BuiltIn => new(BuiltInWorld.Value);

    /// <summary>Article <paramref name="index"/> of the corpus of <paramref name="seed"/>: what its file says.</summary>
    public GeneratedArticle Compose(int seed, int index) => _composer.Compose(new Random(unchecked((seed * 1_000_003) + index)), index);

    /// <summary>Article <paramref name="index"/> of the corpus of <paramref name="seed"/>, as its file name and text.</summary>
    public (string FileName, string Text) Article(int seed, int index)
    {
        var article = Compose(seed, index);
        return (article.FileName, ArticleFormatter.Format(article));
    }

    public async Task<long> WriteAsync(string folder, int count, int seed, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Directory.CreateDirectory(folder);
        long bytes = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (name, text) = Article(seed, i);
            var path = Path.Combine(folder, name);
            var temporary = Path.Combine(folder, "." + name + ".part");
            await File.WriteAllTextAsync(temporary, text, encoding, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            bytes += encoding.GetByteCount(text);
            if ((i + 1) % 1000 == 0 || i + 1 == count)
                progress?.Invoke(i + 1);
        }
        return bytes;
    }
}
