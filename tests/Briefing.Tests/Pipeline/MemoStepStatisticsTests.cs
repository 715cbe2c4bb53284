using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Pipeline;

/// <summary>The cache's counts per step, and values that a step looking at all its documents computes once.</summary>
public sealed class MemoStepStatisticsTests
{
    /// <summary>Appends a suffix to each document (cached per document).</summary>
    private class Suffix(string suffix) : CachedForEachDocument
    {
        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([input.WithContent(input.Content + suffix)]);

        protected override object? CacheDependencies(Document input, IExecutionContext context) => suffix;
    }

    /// <summary>Puts the joined contents of every document in front of each, the join computed as a memo value.</summary>
    private sealed class Joined(Func<string, string>? check = null) : IModule
    {
        public int Computed;

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            var contents = inputs.Select(d => d.Content).ToList();
            var joined = MemoValue.Of(this, context, contents, () =>
            {
                Interlocked.Increment(ref Computed);
                return (check ?? (s => s))(string.Join("+", contents));
            });
            return Task.FromResult<IReadOnlyList<Document>>([.. inputs.Select(d => d.WithContent(joined + ":" + d.Content))]);
        }
    }

    /// <summary>As <see cref="Joined"/>, but its dependencies are gathered only when a cache asks for them.</summary>
    private sealed class GatheredJoin : IModule
    {
        public int Gathered;
        public int Computed;

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            var contents = inputs.Select(d => d.Content);
            List<string>? listed = null;
            var joined = MemoValue.OfGathered(
                this,
                context,
                () =>
                {
                    Interlocked.Increment(ref Gathered);
                    return listed = [.. contents];
                },
                () =>
                {
                    Interlocked.Increment(ref Computed);
                    return string.Join("+", listed ?? contents);
                });
            return Task.FromResult<IReadOnlyList<Document>>([.. inputs.Select(d => d.WithContent(joined + ":" + d.Content))]);
        }
    }

    private static class Outer
    {
        public sealed class Inner() : Suffix("?");
    }

    [Fact]
    public async Task Hits_and_misses_are_counted_for_each_step_by_its_name()
    {
        var cache = new MemoCache();
        await RunAsync(cache, [new Suffix("!"), new Outer.Inner()], "a", "b");

        await RunAsync(cache, [new Suffix("!"), new Outer.Inner()], "a", "c", "d");

        Assert.Equal(
            [new MemoStepStatistics("MemoStepStatisticsTests.Outer.Inner", 1, 2), new MemoStepStatistics("MemoStepStatisticsTests.Suffix", 1, 2)],
            cache.StepStatistics);
        Assert.Equal(new MemoStatistics(2, 4, 6), cache.Statistics);
    }

    [Fact]
    public async Task Statistics_restart_with_every_run()
    {
        var cache = new MemoCache();
        await RunAsync(cache, [new Suffix("!")], "a");

        cache.BeginRun();

        Assert.Empty(cache.StepStatistics);
    }

    [Fact]
    public async Task A_memo_value_is_computed_again_only_when_what_it_is_made_from_changes()
    {
        var cache = new MemoCache();
        var first = new Joined();
        var second = new Joined();
        var third = new Joined();

        await RunAsync(cache, [first], "a", "b");
        var same = await RunAsync(cache, [second], "a", "b");
        Assert.Equal([new MemoStepStatistics("MemoStepStatisticsTests.Joined", 1, 0)], cache.StepStatistics);
        var changed = await RunAsync(cache, [third], "a", "c");

        Assert.Equal((1, 0, 1), (first.Computed, second.Computed, third.Computed));
        Assert.Equal(["a+b:a", "a+b:b"], same.Outputs["p"].Select(d => d.Content));
        Assert.Equal(["a+c:a", "a+c:c"], changed.Outputs["p"].Select(d => d.Content));
        Assert.Equal([new MemoStepStatistics("MemoStepStatisticsTests.Joined", 0, 1)], cache.StepStatistics);
    }

    [Fact]
    public async Task A_memo_value_depends_on_the_build_inputs()
    {
        var cache = new MemoCache();
        await RunAsync(cache, [new Joined()], new BuildInputs("one"), "a");
        var step = new Joined();

        await RunAsync(cache, [step], new BuildInputs("two"), "a");

        Assert.Equal(1, step.Computed);
    }

    [Fact]
    public async Task Without_a_cache_a_memo_value_is_computed_on_every_run()
    {
        var step = new Joined();
        var pipeline = Pipeline([step], "a");

        await new Engine([pipeline]).ExecuteAsync(TestContext.Current.CancellationToken);
        await new Engine([pipeline]).ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, step.Computed);
    }

    [Fact]
    public async Task Gathered_dependencies_are_gathered_only_for_a_cache_and_key_the_value()
    {
        var cache = new MemoCache();
        var first = new GatheredJoin();
        var same = new GatheredJoin();
        var changed = new GatheredJoin();

        await RunAsync(cache, [first], "a", "b");
        await RunAsync(cache, [same], "a", "b");
        var result = await RunAsync(cache, [changed], "a", "c");

        Assert.Equal((1, 1, 1), (first.Gathered, same.Gathered, changed.Gathered));
        Assert.Equal((1, 0, 1), (first.Computed, same.Computed, changed.Computed));
        Assert.Equal(["a+c:a", "a+c:c"], result.Outputs["p"].Select(d => d.Content));
    }

    [Fact]
    public async Task Without_a_cache_gathered_dependencies_are_not_gathered()
    {
        var step = new GatheredJoin();

        var result = await new Engine([Pipeline([step], "a", "b")]).ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal((0, 1), (step.Gathered, step.Computed));
        Assert.Equal(["a+b:a", "a+b:b"], result.Outputs["p"].Select(d => d.Content));
    }

    [Fact]
    public async Task A_memo_value_whose_computation_failed_is_not_kept()
    {
        var cache = new MemoCache();
        static string Refuse(string s) => s == "bad" ? throw new DiagnosticException(Diagnostic.Error("bad input")) : s;
        var failed = await RunAsync(cache, [new Joined(Refuse)], "bad");
        var step = new Joined(Refuse);

        var again = await RunAsync(cache, [step], "bad");

        Assert.Equal("bad input", Assert.Single(failed.Errors).Message);
        Assert.Equal("bad input", Assert.Single(again.Errors).Message);
        Assert.Equal(1, step.Computed);
    }

    private static Task<EngineResult> RunAsync(MemoCache cache, IReadOnlyList<IModule> steps, params string[] contents) =>
        RunAsync(cache, steps, null, contents);

    private static async Task<EngineResult> RunAsync(MemoCache cache, IReadOnlyList<IModule> steps, BuildInputs? build, params string[] contents)
    {
        cache.BeginRun();
        var engine = new Engine([Pipeline(steps, contents)], build is null ? [cache] : [cache, build]);
        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);
        cache.EndRun(result.Succeeded);
        return result;
    }

    private static Briefing.Pipeline.Pipeline Pipeline(IReadOnlyList<IModule> steps, params string[] contents) => new()
    {
        Name = "p",
        Input = [new Execute((_, _) => (IReadOnlyList<Document>)[.. contents.Select((c, i) => new Document { Source = $"{i}.md", Content = c })])],
        Process = [.. steps],
    };
}
