using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Pipeline;

public sealed class MemoCacheTests
{
    /// <summary>
    /// Upper-cases each document, counts its runs, depends on a setting (or, given none, on nothing but its
    /// input), warns about empty documents and reports an error for "bad".
    /// </summary>
    private sealed class Shout(Setting? setting) : CachedForEachDocument
    {
        public int Runs;

        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([Upper(input, setting, ref Runs, context)]);

        protected override object? CacheDependencies(Document input, IExecutionContext context) => setting;
    }

    /// <summary>The same step, not cached.</summary>
    private sealed class Whisper(Setting setting) : ForEachDocument
    {
        public int Runs;

        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([Upper(input, setting, ref Runs, context)]);
    }

    /// <summary>A step whose declared dependency keeps state in a private field, which no fingerprint can see.</summary>
    private sealed class Opaque : CachedForEachDocument
    {
        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([input]);

        protected override object? CacheDependencies(Document input, IExecutionContext context) => new Hidden("!");
    }

    private sealed record Setting(string Suffix);

    private sealed class Hidden(string suffix)
    {
        public override string ToString() => suffix;
    }

    private static Document Upper(Document input, Setting? setting, ref int runs, IExecutionContext context)
    {
        Interlocked.Increment(ref runs);
        if (input.Content.Length == 0)
        {
            context.Report(Diagnostic.Warning("empty", new SourceLocation(input.Source)));
        }

        if (input.Content == "bad")
        {
            context.Report(Diagnostic.Error("bad", new SourceLocation(input.Source)));
        }

        return input.WithContent(input.Content.ToUpperInvariant() + setting?.Suffix);
    }

    [Fact]
    public async Task A_second_run_with_the_same_inputs_reuses_every_result()
    {
        var cache = new MemoCache();
        var first = new Shout(new Setting("!"));
        var second = new Shout(new Setting("!"));

        var before = await RunAsync(cache, first, "a", "b", "c");
        var after = await RunAsync(cache, second, "a", "b", "c");

        Assert.Equal(3, first.Runs);
        Assert.Equal(0, second.Runs);
        Assert.Equal(["A!", "B!", "C!"], after.Outputs["p"].Select(d => d.Content));
        Assert.Same(before.Outputs["p"][1], after.Outputs["p"][1]);
        Assert.Equal(new MemoStatistics(3, 0, 3), cache.Statistics);
    }

    [Fact]
    public async Task Only_changed_documents_run_again()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!")), "a", "b", "c");
        var step = new Shout(new Setting("!"));

        var result = await RunAsync(cache, step, "a", "B2", "c");

        Assert.Equal(1, step.Runs);
        Assert.Equal(["A!", "B2!", "C!"], result.Outputs["p"].Select(d => d.Content));
    }

    [Fact]
    public async Task A_changed_dependency_runs_every_document_again()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!")), "a", "b");
        var step = new Shout(new Setting("?"));

        var result = await RunAsync(cache, step, "a", "b");

        Assert.Equal(2, step.Runs);
        Assert.Equal(["A?", "B?"], result.Outputs["p"].Select(d => d.Content));
    }

    [Fact]
    public async Task Warnings_of_a_reused_result_are_reported_again()
    {
        var cache = new MemoCache();
        var first = await RunAsync(cache, new Shout(new Setting("!")), "", "b");

        var second = await RunAsync(cache, new Shout(new Setting("!")), "", "b");

        Assert.Equal(first.Warnings, second.Warnings);
        Assert.Single(second.Warnings);
    }

    [Fact]
    public async Task A_step_that_is_not_cached_always_runs_and_says_so()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Whisper(new Setting("!")), "a");
        var step = new Whisper(new Setting("!"));

        var result = await RunAsync(cache, step, "a");

        Assert.Equal(1, step.Runs);
        Assert.Equal(new MemoStatistics(0, 0, 0), cache.Statistics);
        Assert.Equal(["p/Process: Whisper is not cached: it runs on every document of every build"], result.Notes);
    }

    [Fact]
    public async Task A_step_that_depends_on_nothing_but_its_input_is_cached()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(null), "a");
        var step = new Shout(null);

        var result = await RunAsync(cache, step, "a");

        Assert.Equal(0, step.Runs);
        Assert.Equal(["A"], result.Outputs["p"].Select(d => d.Content));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public async Task A_result_that_came_with_an_error_is_never_reused()
    {
        var cache = new MemoCache();
        var first = await RunAsync(cache, new Shout(new Setting("!")), "a", "bad");
        var step = new Shout(new Setting("!"));

        var second = await RunAsync(cache, step, "a", "bad");

        Assert.Equal(1, step.Runs); // "a" is reused; "bad" runs again and reports its error afresh
        Assert.Equal(first.Errors, second.Errors);
        Assert.Single(second.Errors);
        Assert.Throws<InvalidOperationException>(() => cache.Set(default, [], [Diagnostic.Error("bad")]));
    }

    [Fact]
    public async Task A_changed_build_input_runs_every_document_again()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!")), new BuildInputs(new Setting("one")), "a", "b");
        var same = new Shout(new Setting("!"));
        var changed = new Shout(new Setting("!"));

        await RunAsync(cache, same, new BuildInputs(new Setting("one")), "a", "b");
        await RunAsync(cache, changed, new BuildInputs(new Setting("two")), "a", "b");

        Assert.Equal(0, same.Runs);
        Assert.Equal(2, changed.Runs);
    }

    [Fact]
    public async Task A_dependency_the_key_cannot_see_fails_the_run_instead_of_turning_the_cache_off()
    {
        var cache = new MemoCache();

        var result = await RunAsync(cache, new Opaque(), "a");

        var error = Assert.Single(result.Errors);
        Assert.Contains("the cache key of Opaque for '0.md' cannot be computed", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hidden", error.Message, StringComparison.Ordinal);
        Assert.Contains("'suffix'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_successful_run_results_it_did_not_use_are_forgotten()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!")), "a", "b");

        await RunAsync(cache, new Shout(new Setting("!")), "a");

        Assert.Equal(1, cache.Statistics.Entries);
    }

    private static Task<EngineResult> RunAsync(MemoCache cache, ForEachDocument step, params string[] contents) =>
        RunAsync(cache, step, null, contents);

    private static async Task<EngineResult> RunAsync(MemoCache cache, ForEachDocument step, BuildInputs? build, params string[] contents)
    {
        cache.BeginRun();
        var engine = new Engine(
            [new Briefing.Pipeline.Pipeline
            {
                Name = "p",
                Input = [new Execute((_, _) => (IReadOnlyList<Document>)[.. contents.Select((c, i) => new Document { Source = $"{i}.md", Content = c })])],
                Process = [step],
            }],
            build is null ? [cache] : [cache, build]);
        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);
        cache.EndRun(result.Succeeded);
        return result;
    }
}
