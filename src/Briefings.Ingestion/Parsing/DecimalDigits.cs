namespace Briefings.Ingestion.Parsing;

/// <summary>
/// Reads a run of decimal digits of any script. Patterns match digits with <c>\d</c>, which in .NET
/// takes every Unicode decimal digit (Arabic-Indic <c>٣</c>, Devanagari <c>३</c>, full-width <c>３</c>),
/// while <see cref="int.Parse(string)"/> accepts ASCII ones only.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The value of <paramref name="digits"/>, all decimal digits; saturates rather than overflows.</summary>
    public static int Parse(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
            throw new FormatException("no digits");
        long value = 0;
        foreach (var c in digits)
        {
            var digit = (int)char.GetNumericValue(c);
            if (digit is < 0 or > 9 || !char.IsDigit(c))
                throw new FormatException($"'{c}' is not a decimal digit");
            value = Math.Min(value * 10 + digit, int.MaxValue);
        }
        return (int)value;
    }

    /// <summary>True when every character of <paramref name="text"/> is a decimal digit of some script.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
            return false;
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
                return false;
        }
        value = Parse(text);
        return true;
    }
}
