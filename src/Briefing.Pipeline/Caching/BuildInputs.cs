namespace Briefing.Pipeline.Caching;

/// <summary>
/// What any step of a build may depend on, as the application sums it up for one build (its settings, options and
/// templates). Registered as a service, it is part of the key of every cached step's result
/// (<see cref="Modules.CachedForEachDocument"/>), so that no step can forget to declare it: a change to any of it
/// runs every cached step again. <see cref="Values"/> must be something <see cref="ValueFingerprints"/> can
/// fingerprint; the same object serves the whole build, so it is fingerprinted once.
/// </summary>
public sealed record BuildInputs(object? Values);
