using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Briefings.Web.Pages;

/// <summary>
/// The page the status-code pages re-execute for a failed request, whatever its method: no handler
/// (so every method renders it) and no anti-forgery check (a refused POST must get this page, not a bare 400).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel;
