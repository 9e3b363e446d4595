using Briefings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Briefings.Web.Pages.Articles;

/// <summary>The raw file as ingested, as plain text: never rendered as markup, whatever it holds.</summary>
public sealed class SourceModel(BriefingsDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var raw = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.RawText).FirstOrDefaultAsync(cancellationToken);
        if (raw is null)
            return NotFound();
        // An HTML file must not be sniffed into a page.
        Response.Headers.XContentTypeOptions = "nosniff";
        return Content(raw, "text/plain; charset=utf-8");
    }
}
