using System.Buffers;
using System.Text;

namespace Briefing.Core;

/// <summary>
/// Text with its white space collapsed: every run of white space (as <see cref="char.IsWhiteSpace(char)"/> has it)
/// one space, none at either end. The search's sections and the glossary's mention names are read this way.
/// </summary>
/// <remarks>
/// The text between white space is copied a run at a time, found with a vectorised search, rather than a character
/// at a time: a body's text is most of what the search reads, and copying it character by character into a second
/// builder was about a third of reading a body. The result is never longer than the text, so one rented buffer of
/// its length holds it.
/// </remarks>
internal static class WhiteSpace
{
    private static readonly SearchValues<char> Characters = AllWhiteSpace();

    public static string Collapse(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var (length, space) = (0, false);
            Append(text, buffer, ref length, ref space);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static string Collapse(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var (length, space) = (0, false);
            foreach (var chunk in text.GetChunks())
            {
                Append(chunk.Span, buffer, ref length, ref space);
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Adds <paramref name="text"/> collapsed to the <paramref name="length"/> characters of <paramref name="into"/>;
    /// <paramref name="space"/> says that white space ended what came before, owed as one space before the next run.
    /// </summary>
    private static void Append(ReadOnlySpan<char> text, Span<char> into, ref int length, ref bool space)
    {
        var rest = text;
        while (!rest.IsEmpty)
        {
            var white = rest.IndexOfAny(Characters);
            var run = white < 0 ? rest : rest[..white];
            if (!run.IsEmpty)
            {
                if (space)
                {
                    into[length++] = ' ';
                    space = false;
                }

                run.CopyTo(into[length..]);
                length += run.Length;
            }

            if (white < 0)
            {
                return;
            }

            space = length > 0;
            rest = rest[(white + 1)..];
        }
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> calls white space.</summary>
    private static SearchValues<char> AllWhiteSpace()
    {
        var white = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                white.Add((char)c);
            }
        }

        return SearchValues.Create([.. white]);
    }
}
