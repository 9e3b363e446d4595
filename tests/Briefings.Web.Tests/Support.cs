using System.Security.Cryptography;
using System.Text;
using Briefings.Ingestion;
using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Reading;

namespace Briefings.Web.Tests;

/// <summary>Where the repository and its seeds are, found from the test's output folder.</summary>
internal static class Repo
{
    public static string Root => RepoRoot.Folder;
    public static string Seeds => Path.Combine(Root, "seeds");
    public static IReadOnlyList<string> SeedFiles => [.. Directory.GetFiles(Seeds).Order(StringComparer.Ordinal)];
}

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("briefings-test-").FullName;

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Articles built by hand, as the pipeline will build them once its stages land.</summary>
internal static class Sample
{
    public static ArticleContext Article(string file, string? title = null, DateOnly? published = null, bool stated = true,
        string? publisher = null, string? url = null, string text = "Body text.")
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file + "\n" + text)));
        var article = new ArticleContext(new SourceDocument(file, SourceFormat.Text, text, hash, DeclaredMetadata.None))
        {
            Title = title,
            Publisher = publisher,
            Url = url,
            Published = published is { } date ? new PublicationDate(date, stated, stated ? "13 November 2024" : "on Monday") : PublicationDate.Unknown,
        };
        return article;
    }

    /// <summary>An article with every part the store holds: sections, a caption, chrome, entities with mentions, a claim and an event.</summary>
    public static ArticleContext Full(string file = "full.txt", string version = "v1")
    {
        const string raw = "SITE MENU\nKyiv briefing\nWESTERN PERSPECTIVE\nOn the front\nZelensky said Kyiv held.\nA caption. Picture: AFP\nSecond part.";
        var article = Article(file, "Kyiv briefing", new DateOnly(2024, 11, 13), stated: true, publisher: "The Paper",
            url: "https://example.org/kyiv", text: raw + "\n" + version);
        article.Lines[0].Role = LineRole.Chrome;
        article.Wire.Add("AFP");
        article.Paragraphs.Add(new Paragraph(0, "Володимир Зеленський said Kyiv’s defences held on Tuesday.", ParagraphKind.Body, null));
        article.Sections.Add(new Section("On the front", "WESTERN PERSPECTIVE", 1));
        article.Sections.Add(new Section("Diplomacy", null, 3));
        article.Paragraphs.Add(new Paragraph(1, "Russian forces shelled Kharkiv.", ParagraphKind.Body, 0));
        article.Paragraphs.Add(new Paragraph(2, "Smoke over Kharkiv. Picture: AFP", ParagraphKind.Caption, 0));
        article.Paragraphs.Add(new Paragraph(3, $"Talks resumed ({version}).", ParagraphKind.Body, 1));
        var zelensky = new ArticleEntity { Key = "volodymyr-zelensky", Name = "Volodymyr Zelensky", Type = EntityType.Person, Country = "UA", Role = "President", Affiliation = "ukraine" };
        zelensky.Forms.Add("Володимир Зеленський");
        zelensky.Mentions.Add(new Mention(0, 0, 20, "Володимир Зеленський"));
        var kharkiv = new ArticleEntity { Key = "kharkiv", Name = "Kharkiv", Type = EntityType.Place, Country = "UA", Region = "Kharkiv Oblast", Latitude = 49.99, Longitude = 36.23 };
        kharkiv.Forms.Add("Kharkiv");
        kharkiv.Mentions.Add(new Mention(1, 23, 7, "Kharkiv"));
        kharkiv.Mentions.Add(new Mention(2, 10, 7, "Kharkiv"));
        article.Entities.Add(zelensky);
        article.Entities.Add(kharkiv);
        var tuesday = new ResolvedDate(new DateOnly(2024, 11, 12), DatePrecision.Day, true, "on Tuesday");
        article.Claims.Add(new Claim("Volodymyr Zelensky", "volodymyr-zelensky", "say", Stance.Assert, "Zelensky said Kyiv’s defences held on Tuesday.", 0)
        {
            Said = tuesday,
        });
        article.Events.Add(new ArticleEvent("attack", "Russian forces shelled Kharkiv", tuesday, 1)
        {
            Actors = ["russia"],
            Places = ["kharkiv"],
        });
        return article;
    }
}

internal static class ParagraphText
{
    /// <summary>A paragraph's own text, without the "file" link the article page puts after it.</summary>
    public static string? OwnText(this AngleSharp.Dom.IElement? paragraph)
    {
        if (paragraph?.Clone() is not AngleSharp.Dom.IElement copy)
            return null;
        foreach (var link in copy.QuerySelectorAll("a.in-file").ToList())
            link.Remove();
        return copy.TextContent.TrimEnd();
    }
}
