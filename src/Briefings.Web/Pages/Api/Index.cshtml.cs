using Briefings.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Briefings.Web.Pages.Api;

/// <summary>A parameter of an endpoint, as the page lists it.</summary>
public sealed record ParameterView(string Name, string Type, string? Description);

/// <summary>A response of an endpoint: its status and content types.</summary>
public sealed record ResponseView(string Status, string? Description, IReadOnlyList<string> ContentTypes);

/// <summary>An endpoint of the OpenAPI document, as the page lists it.</summary>
public sealed record OperationView(string Id, string Method, string Path, string? Summary, string? Description,
    IReadOnlyList<ParameterView> Parameters, IReadOnlyList<ResponseView> Responses);

/// <summary>
/// The OpenAPI document (the same one /openapi/v1.json serves), rendered on the server as a list of
/// endpoints with their parameters and responses: no script, nothing fetched.
/// </summary>
public sealed class IndexModel : PageModel
{
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<OperationView> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiEndpoints.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        Title = document.Info.Title ?? "API";
        Description = document.Info.Description;
        Operations = [.. (document.Paths ?? [])
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => View(p.Key, o.Key.Method, o.Value)))];
    }

    private static OperationView View(string path, string method, OpenApiOperation operation) =>
        new(operation.OperationId ?? (method + path),
            method.ToUpperInvariant(),
            path,
            operation.Summary,
            operation.Description,
            [.. (operation.Parameters ?? []).Select(p => new ParameterView(p.Name ?? "", TypeOf(p.Schema), p.Description))],
            [.. (operation.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new ResponseView(r.Key, r.Value.Description, [.. (r.Value.Content?.Keys ?? []).Order(StringComparer.Ordinal)]))]);

    /// <summary>"string (date)", "integer", "boolean".</summary>
    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema?.Type is not { } type)
            return "string";
        var name = type.ToString().ToLowerInvariant().Replace(", null", "", StringComparison.Ordinal);
        return schema.Format is { Length: > 0 } format ? $"{name} ({format})" : name;
    }
}
