namespace Briefing.Core;

/// <summary>Choices made on the command line for one build.</summary>
internal sealed record BuildOptions
{
    public required string SiteRoot { get; init; }

    /// <summary>The folder the site is written to.</summary>
    public required string OutputDirectory { get; init; }

    public string? BaseUrlOverride { get; init; }

    /// <summary>Where <see cref="BaseUrlOverride"/> came from (an option or an environment variable), for messages about it.</summary>
    public string BaseUrlSource { get; init; } = "--base-url";

    public bool IncludeDrafts { get; init; }

    /// <summary>Replace an existing output folder even if Briefing did not write it (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Check every internal link of the written site before it replaces the output (the preview leaves this to <c>build</c>).</summary>
    public bool CheckLinks { get; init; } = true;

    /// <summary>Fail when a link recorded in links.lock would disappear (off only while the lock is being rewritten).</summary>
    public bool EnforceLinkLock { get; init; } = true;
}
