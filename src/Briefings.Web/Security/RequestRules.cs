using Microsoft.Extensions.Options;

namespace Briefings.Web.Security;

/// <summary>The limits on a request, from the "Limits" section; nothing here takes a body, so a small one is plenty.</summary>
public sealed class RequestLimits
{
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
    public int MaxQueryStringLength { get; set; } = 4096;
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;
}

/// <summary>
/// Refuses, before any page runs, what no page can answer: a path holding control characters
/// (400; Kestrel itself refuses NUL and raw non-ASCII before the app sees them), a declared body over
/// the limit (413) and an overlong query string (414). The status-code pages then answer with the
/// site's own layout.
/// </summary>
public sealed class RequestRules(RequestDelegate next, IOptions<RequestLimits> options)
{
    private readonly RequestLimits _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Path.HasValue && request.Path.Value.Any(char.IsControl))
            return Refuse(context, StatusCodes.Status400BadRequest);
        if (request.ContentLength > _limits.MaxRequestBodyBytes)
            return Refuse(context, StatusCodes.Status413PayloadTooLarge);
        if (request.QueryString.HasValue && request.QueryString.Value.Length > _limits.MaxQueryStringLength)
            return Refuse(context, StatusCodes.Status414UriTooLong);
        return next(context);
    }

    private static Task Refuse(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
