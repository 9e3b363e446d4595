using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Briefings.Web.Pages;

/// <summary>The page the exception handler re-executes, whatever the failed request's method (see <see cref="StatusModel"/>).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel;
