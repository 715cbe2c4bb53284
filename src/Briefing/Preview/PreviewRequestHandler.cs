using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Preview;

/// <summary>
/// Answers every request of the preview server: the site's files under its base path (clean URLs, no caching,
/// the site's 404 page), a redirect from <c>/</c> to the base path, and, with live reload on, the client script
/// and the event stream. HTML gets the script tag on its way out; the files on disk are never changed.
/// </summary>
internal sealed class PreviewRequestHandler(ISiteSource site, LiveReloadHub? liveReload)
{
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are supported.").ConfigureAwait(false);
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        if (!RequestTarget.IsSafe(raw))
        {
            await PlainAsync(response, StatusCodes.Status400BadRequest, "This path is not allowed: only files inside the site are served.").ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        if (liveReload is not null && path.StartsWith(LiveReloadScript.Prefix, StringComparison.Ordinal))
        {
            await ServeLiveReloadAsync(context, path).ConfigureAwait(false);
            return;
        }

        var current = site.Current;
        var basePath = current?.BasePath ?? site.BasePath;
        if (path == "/" && basePath != "/")
        {
            response.Redirect(basePath + request.QueryString);
            return;
        }

        if (path + "/" == basePath)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = basePath + request.QueryString;
            return;
        }

        if (current is null)
        {
            await NoSiteYetAsync(context).ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            await NotFoundAsync(context, current).ConfigureAwait(false);
            return;
        }

        var file = SiteFiles.Resolve(current.Folder, path[basePath.Length..]);
        if (file.IsRedirect)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
        }
        else if (file.FullPath is null)
        {
            await NotFoundAsync(context, current).ConfigureAwait(false);
        }
        else
        {
            await SendFileAsync(context, file.FullPath, current, StatusCodes.Status200OK).ConfigureAwait(false);
        }
    }

    private async Task SendFileAsync(HttpContext context, string fullPath, ServedSite current, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypeOf(fullPath);
        if (liveReload is not null && fullPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = await File.ReadAllTextAsync(fullPath, context.RequestAborted).ConfigureAwait(false);
            await WriteTextAsync(context, LiveReloadScript.Inject(html, current.Version)).ConfigureAwait(false);
            return;
        }

        response.ContentLength = new FileInfo(fullPath).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(fullPath, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task NotFoundAsync(HttpContext context, ServedSite current)
    {
        var notFoundPage = Path.Combine(current.Folder, "404.html");
        if (File.Exists(notFoundPage))
        {
            await SendFileAsync(context, notFoundPage, current, StatusCodes.Status404NotFound).ConfigureAwait(false);
        }
        else
        {
            await PlainAsync(context.Response, StatusCodes.Status404NotFound, "Not found.").ConfigureAwait(false);
        }
    }

    /// <summary>Before the first successful build there is nothing to serve but the errors, which live reload shows.</summary>
    private async Task NoSiteYetAsync(HttpContext context)
    {
        var errors = site.Errors.Count == 0
            ? "<p>The site is being built; this page reloads when it is ready.</p>"
            : "<p>The site could not be built; fix the errors and this page reloads.</p><pre>"
              + System.Net.WebUtility.HtmlEncode(string.Join('\n', site.Errors)) + "</pre>";
        var html = $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Briefing preview</title></head>\n<body>\n<h1>Briefing preview</h1>\n{errors}\n</body>\n</html>\n";
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html; charset=utf-8";
        await WriteTextAsync(context, liveReload is null ? html : LiveReloadScript.Inject(html, "")).ConfigureAwait(false);
    }

    private async Task ServeLiveReloadAsync(HttpContext context, string path)
    {
        if (path == LiveReloadScript.ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await WriteTextAsync(context, LiveReloadScript.Text).ConfigureAwait(false);
        }
        else if (path == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
        }
        else
        {
            await PlainAsync(context.Response, StatusCodes.Status404NotFound, "Not found.").ConfigureAwait(false);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        using var subscription = liveReload!.Subscribe();
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        var hello = new ReloadEvent(ReloadEvent.Hello, site.Current?.Version ?? "", [], [.. site.Errors.Select(ReloadError.From)]);
        try
        {
            await SseFormatter.WriteAsync(Items(hello, subscription, response, context.RequestAborted), response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The page went away.
        }
    }

    /// <summary>
    /// The hello, then every event of the subscription. The formatter asks for the next item only after writing
    /// the previous one, so flushing there sends each event at once rather than when a buffer fills.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<string>> Items(
        ReloadEvent hello, ReloadSubscription subscription, HttpResponse response, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Item(hello);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var reloadEvent in subscription.Events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Item(reloadEvent);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static SseItem<string> Item(ReloadEvent reloadEvent) =>
        new(ReloadEventJson.Write(reloadEvent), reloadEvent.Kind);

    private string ContentTypeOf(string path)
    {
        var type = _contentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task PlainAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message + "\n").ConfigureAwait(false);
    }

    private static async Task WriteTextAsync(HttpContext context, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
