using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Web.Pages.Charts;

/// <summary>
/// The number a figure's value states, to place it on an axis: "more than 10,000" is 10,000 and
/// "1.5 million" 1,500,000. Values in words ("tens of thousands", "dozens") state no number and are
/// listed but not drawn.
/// </summary>
public static partial class FigureNumber
{
    public static double? Read(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = Number().Match(value);
        if (!match.Success)
            return null;
        var number = double.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return match.Groups["scale"].Value.ToUpperInvariant() switch
        {
            "MILLION" => number * 1_000_000,
            "THOUSAND" => number * 1_000,
            _ => number,
        };
    }

    [GeneratedRegex(@"(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?<scale>million|thousand)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
