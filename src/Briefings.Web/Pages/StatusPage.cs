namespace Briefings.Web.Pages;

/// <summary>What the status page says for each status code the site answers with.</summary>
public static class StatusPage
{
    public static (string Title, string Explanation) Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("Bad request", "The address could not be read: it holds characters or values that no page takes."),
        StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address. It may be an article that was never ingested, or one that was replaced."),
        StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This address can only be read (GET); nothing on this site is changed through the web."),
        StatusCodes.Status413PayloadTooLarge => ("Request too large", "The request carried more than any page takes."),
        StatusCodes.Status414UriTooLong => ("Address too long", "The address is longer than any page takes; shorten the search or the filters."),
        StatusCodes.Status429TooManyRequests => ("Too many requests", "This address has asked for too much in a short time. Wait a minute and try again."),
        < 500 => ("Request refused", "This request cannot be answered."),
        _ => ("Something went wrong", "The error was logged."),
    };
}
