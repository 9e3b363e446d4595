using Briefings.Ingestion.Claims;
using Briefings.Ingestion.Dates;
using Briefings.Ingestion.Entities;
using Briefings.Ingestion.Events;
using Briefings.Ingestion.Reading;

namespace Briefings.Ingestion;

/// <summary>
/// One article on its way through the pipeline. Each stage reads what earlier stages
/// wrote and adds its own part; nothing here touches a database or a clock.
/// </summary>
public sealed class ArticleContext
{
    public ArticleContext(SourceDocument source)
    {
        Source = source;
        Lines = SourceLine.Split(source.Text);
    }

    public SourceDocument Source { get; }

    /// <summary>The file's lines, each classified by the parsing stages.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public string? Title { get; set; }
    public PublicationDate Published { get; set; } = PublicationDate.Unknown;
    public string? Publisher { get; set; }
    public string? Url { get; set; }

    /// <summary>The initials an outlet signs its articles off with (" DM"), cut from the last paragraph.</summary>
    public string? SignOff { get; set; }

    /// <summary>The agency a byline names as the author ("By Reuters"): the publisher when nothing else says.</summary>
    public string? BylineAgency { get; set; }

    /// <summary>The outlet a "Source:" credit line names as the compiler of the piece.</summary>
    public string? CreditedOutlet { get; set; }
    public List<string> Wire { get; } = [];
    public List<Section> Sections { get; } = [];
    public List<Paragraph> Paragraphs { get; } = [];
    public List<ArticleEntity> Entities { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<ArticleEvent> Events { get; } = [];

    /// <summary>Every temporal expression of the body, in reading order, each with its TIMEX3-style value.</summary>
    public List<DateMention> Dates { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Pieces of chrome cut from inside kept lines (a trailing "Follow updates.", a sign-off).</summary>
    public List<string> ChromeFragments { get; } = [];

    /// <summary>
    /// Everything classed as site chrome, as it stood in the file, so a user can see what was
    /// dropped: whole lines first, then fragments cut from kept lines.
    /// </summary>
    public IEnumerable<string> ChromeLines =>
        Lines.Where(l => l.Role is LineRole.Chrome or LineRole.Dateline or LineRole.Credit or LineRole.SourceUrl
                         or LineRole.SignOff or LineRole.Perspective or LineRole.CaptionRepeat)
             .Select(l => l.Text)
             .Concat(ChromeFragments);

    public void Report(string stage, string message) => Diagnostics.Add(new Diagnostic(stage, message));
}

/// <summary>What a line of the file turned out to be.</summary>
public enum LineRole
{
    Unclassified,
    Blank,
    Chrome,
    Title,
    Dateline,
    Standfirst,
    Heading,
    Perspective,
    Caption,
    CaptionRepeat,
    Credit,
    SourceUrl,
    SignOff,
    Body,
}

/// <summary>A line of the file: its number (from 0), its text, and what it is.</summary>
public sealed class SourceLine(int number, string text)
{
    public int Number { get; } = number;
    public string Text { get; } = text;
    public LineRole Role { get; set; } = string.IsNullOrWhiteSpace(text) ? LineRole.Blank : LineRole.Unclassified;

    /// <summary>The text without surrounding white space (non-breaking spaces included).</summary>
    public string Trimmed => Text.Trim().Trim('\u00a0').Trim();

    /// <summary>The text a kept line contributes: <see cref="Trimmed"/> less any chrome cut from it.</summary>
    public string Content { get; set; } = text.Trim().Trim('\u00a0').Trim();

    public static IReadOnlyList<SourceLine> Split(string text) =>
        text.Split('\n').Select((line, i) => new SourceLine(i, line.TrimEnd('\r'))).ToList();
}

/// <summary>When the article was published, whether the text states it or it was inferred, and the words it was read from.</summary>
public sealed record PublicationDate(DateOnly? Date, bool Stated, string? Evidence)
{
    public static readonly PublicationDate Unknown = new(null, false, null);
}

/// <summary>A headed part of a live blog or briefing; <see cref="Perspective"/> is a label such as "WESTERN PERSPECTIVE" above it.</summary>
public sealed record Section(string Heading, string? Perspective, int FirstParagraph);

public enum ParagraphKind
{
    Body,
    Caption,
}

/// <summary>A paragraph of the article body; <see cref="Section"/> indexes <see cref="ArticleContext.Sections"/>.</summary>
public sealed record Paragraph(int Index, string Text, ParagraphKind Kind, int? Section);

/// <summary>A problem a stage met and worked around; the article is still stored.</summary>
public sealed record Diagnostic(string Stage, string Message);
