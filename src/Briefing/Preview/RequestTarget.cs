namespace Briefing.Preview;

/// <summary>
/// Checks a request target before any file is looked up: the server serves only files inside the built site,
/// so dot segments (also percent-encoded, e.g. <c>%2e%2e</c>), backslashes, NUL, empty segments (which would
/// make the rest an absolute path) and drive letters are refused outright rather than normalised away.
/// </summary>
internal static class RequestTarget
{
    /// <summary>True when the raw target (path and query as sent by the client) is safe to map to a file.</summary>
    public static bool IsSafe(string rawTarget)
    {
        var path = PathOf(rawTarget);
        if (path is null || path.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return false;
        }

        if (decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal) || decoded.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var segments = decoded.Split('/');

        // The first segment is the empty string before the leading '/', and the last may be empty (a trailing '/').
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && i < segments.Length - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The path part of an origin-form target ("/a/b?x") or of an absolute-form one ("http://host/a/b"), taken
    /// from the text as sent: <see cref="Uri"/> would resolve dot segments before they could be checked.
    /// </summary>
    private static string? PathOf(string rawTarget)
    {
        var end = rawTarget.IndexOfAny(['?', '#']);
        var target = end < 0 ? rawTarget : rawTarget[..end];
        if (target.StartsWith('/'))
        {
            return target;
        }

        var authority = target.IndexOf("://", StringComparison.Ordinal);
        if (authority <= 0 || !(target.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https:", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var path = target.IndexOf('/', authority + 3);
        return path < 0 ? "/" : target[path..];
    }
}
