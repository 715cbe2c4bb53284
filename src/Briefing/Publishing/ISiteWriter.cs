using Briefing.Core;

namespace Briefing.Publishing;

/// <summary>
/// Where a build's files go. <see cref="OutputStaging"/> writes a fresh copy of the site and swaps it into the
/// output folder; the preview server writes only what changed into the generation it is not serving. A build
/// calls <see cref="Begin"/>, writes every file once, then <see cref="Commit"/> or, if it failed, <see cref="Abandon"/>.
/// </summary>
internal interface ISiteWriter
{
    /// <summary>The folder this build's files are written to.</summary>
    string Directory { get; }

    /// <summary>Files of the site written (or confirmed unchanged) in this build.</summary>
    int FilesWritten { get; }

    /// <summary>HTML pages among them.</summary>
    int PagesWritten { get; }

    void Begin();

    /// <summary>
    /// Writes a file made on writing (a social card): keeps or copies a file known to be made from the same inputs
    /// (the same <see cref="IMadeOnWrite.Stamp"/>), and only otherwise makes it. The published site stays as it is
    /// until <see cref="Commit"/>.
    /// </summary>
    Task WriteMadeAsync(string destination, IMadeOnWrite file, CancellationToken cancellationToken);

    /// <summary>Writes a text file (UTF-8 without BOM) at a destination such as <c>glossary/index.html</c>.</summary>
    Task WriteTextAsync(string destination, string content, CancellationToken cancellationToken);

    /// <summary>Writes bytes at a destination (a default theme asset, which has no file to copy).</summary>
    Task WriteBytesAsync(string destination, byte[] content, CancellationToken cancellationToken);

    /// <summary>Copies a file byte for byte to a destination.</summary>
    Task CopyFileAsync(string destination, string sourceFile, CancellationToken cancellationToken);

    void Commit();

    void Abandon();
}
