namespace Briefing.Preview;

/// <summary>
/// One built site as the server sees it: the folder it lives in, the base path it is served under and its
/// version. The server reads one of these per request, so a request sees one whole site from start to end.
/// </summary>
internal sealed record ServedSite(string Folder, string BasePath, string Version);
