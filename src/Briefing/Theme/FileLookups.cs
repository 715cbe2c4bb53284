using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Briefing.Theme;

/// <summary>
/// A file provider that looks each path up once and then answers from memory. Fluid asks its file provider for
/// an included partial on every render, and each answer of the theme's physical providers is a file-system call
/// per layer, which cost a tenth of the layouts step on a large site. One renderer serves one build, during which
/// the theme does not change, so the first answer stays true.
/// </summary>
internal sealed class FileLookups(IFileProvider files) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _found = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _found.GetOrAdd(subpath, files.GetFileInfo);

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);
}
