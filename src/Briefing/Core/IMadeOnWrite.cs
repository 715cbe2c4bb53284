namespace Briefing.Core;

/// <summary>
/// The content of a file that is made only as it is written, then let go (<see cref="CoreKeys.MadeOnWrite"/>), so a
/// build of thousands of pictures never holds them all at once. When the previous build published a file at the
/// same place from the same inputs, that file is copied instead of being made again.
/// </summary>
internal interface IMadeOnWrite
{
    /// <summary>
    /// A summary of everything the file is made from: two files with the same stamp have the same bytes, so a writer
    /// that remembers the stamps of the files it wrote knows one is still current without reading it.
    /// </summary>
    string Stamp { get; }

    /// <summary>
    /// Whether <paramref name="publishedFile"/>, the file the previous build published at this destination, was
    /// made from exactly the inputs this file is made from, so that it may be copied as it is. When in doubt, false.
    /// </summary>
    bool IsMadeAs(string publishedFile);

    /// <summary>The file's bytes.</summary>
    byte[] Make();
}
