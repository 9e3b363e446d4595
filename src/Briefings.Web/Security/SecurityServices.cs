using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Briefings.Web.Security;

/// <summary>Registers and orders the request limits, page methods, rate limits and security headers.</summary>
public static class SecurityServices
{
    public static WebApplicationBuilder AddBriefingsSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RequestLimits>().BindConfiguration("Limits");
        var limits = builder.Configuration.GetSection("Limits").Get<RequestLimits>() ?? new RequestLimits();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            o.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalBytes;
            o.AddServerHeader = false;
        });
        builder.Services.Configure<RazorPagesOptions>(o => o.Conventions.Add(new PageMethods()));
        builder.Services.AddBriefingsRateLimits();
        return builder;
    }

    /// <summary>The headers first, so every response has them, even an error's.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>After the status-code pages, so a refused request gets the site's page.</summary>
    public static IApplicationBuilder UseRequestRules(this IApplicationBuilder app) => app.UseMiddleware<RequestRules>();
}
