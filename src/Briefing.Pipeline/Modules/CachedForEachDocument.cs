using Briefing.Pipeline.Caching;

namespace Briefing.Pipeline.Modules;

/// <summary>
/// A <see cref="ForEachDocument"/> step whose results a <see cref="MemoCache"/> (when one is registered) reuses:
/// a document whose content, metadata and dependencies are unchanged since an earlier run gets that run's result
/// back, with its warnings, without the step running. The key of a result is the step's type, the input document,
/// the build's <see cref="BuildInputs"/> (always, so that no step forgets the settings or the templates) and what
/// <see cref="CacheDependencies"/> declares. A result that came with an error is never kept.
/// </summary>
public abstract class CachedForEachDocument : ForEachDocument
{
    /// <summary>
    /// Everything besides the input document and the build's inputs that the step's result depends on (other
    /// pipelines' outputs, services' state, the step's own configuration, files it reads), as values
    /// <see cref="ValueFingerprints"/> can fingerprint: e.g. <c>new object[] { context.Outputs("Seeds") }</c>, or
    /// null when there is nothing else. Leaving out something the step reads makes a cache return stale results,
    /// so list generously; a value that cannot be fingerprinted fails the run instead of turning the cache off.
    /// </summary>
    protected abstract object? CacheDependencies(Document input, IExecutionContext context);

    private protected override bool IsCached => true;

    private protected override Fingerprint KeyFor(Document input, IExecutionContext context, MemoCache cache) =>
        cache.KeyFor(GetType(), input, context.FindService<BuildInputs>(), CacheDependencies(input, context));
}
