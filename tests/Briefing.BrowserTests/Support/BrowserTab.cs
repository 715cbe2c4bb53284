using Briefing.Core;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>A fresh browser context with one page, closed when disposed, so no test sees another's state.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
