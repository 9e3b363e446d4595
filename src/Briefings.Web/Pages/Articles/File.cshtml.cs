using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Articles;

/// <summary>
/// The file as ingested, shown as text in the site's page, with one paragraph (<c>?p=12</c>) marked
/// where it stands in the file, so a reader can check what the timeline says against the file
/// itself. Every character is encoded: markup in the file is shown, never rendered.
/// </summary>
public sealed class FileModel(BriefingsDb db) : PageModel
{
    public int Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string? Title { get; private set; }
    public string Before { get; private set; } = "";
    public string? Marked { get; private set; }
    public string After { get; private set; } = "";
    public int? Paragraph { get; private set; }

    /// <summary>True when a paragraph was asked for but its words could not be found in the file as written.</summary>
    public bool NotLocated { get; private set; }

    /// <summary>What is wrong with the address, when something is (answered with 400).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        int? p = null;
        if (Request.Query.TryGetValue("p", out var asked))
        {
            if (!int.TryParse(asked.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                Problem = $"“p” must be a paragraph number (0, 1, 2, …), not “{asked}”.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            p = number;
        }
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.Title, a.RawText }).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return NotFound();
        Id = id;
        FileName = article.FileName;
        Title = article.Title;
        Before = article.RawText;
        if (p is not { } index)
            return Page();

        var text = await db.Paragraphs.AsNoTracking().Where(x => x.ArticleId == id && x.Index == index).Select(x => x.Text).FirstOrDefaultAsync(cancellationToken);
        if (text is null)
            return NotFound();
        Paragraph = index;
        if (RawTextLocator.Find(article.RawText, text) is not { } found)
        {
            NotLocated = true;
            return Page();
        }
        Before = article.RawText[..found.Start];
        Marked = article.RawText.Substring(found.Start, found.Length);
        After = article.RawText[(found.Start + found.Length)..];
        return Page();
    }
}
