using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Briefings.Web.Security;

/// <summary>
/// Lets a page answer only the methods it has handlers for (OnGet: GET and HEAD), so routing answers
/// 405 with an Allow header instead of running the page without a handler (which rendered an empty
/// model and failed with a 500). Pages without handlers (the error and status pages) keep every
/// method: they must be able to answer whatever request failed.
/// </summary>
public sealed class PageMethods : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var methods = model.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (methods.Count == 0)
            return;
        if (methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head))
            methods.Add(HttpMethods.Head);
        model.EndpointMetadata.Add(new HttpMethodMetadata(methods));
    }
}
