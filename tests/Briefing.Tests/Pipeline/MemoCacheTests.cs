using Briefing.Pipeline;
using Briefing.Pipeline.Caching;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Pipeline;

public sealed class MemoCacheTests
{
    /// <summary>Upper-cases each document, counts its runs, depends on a setting, and warns about empty documents.</summary>
    private sealed class Shout(Setting setting, bool cacheable = true) : ForEachDocument
    {
        public int Runs;

        protected override Task<IReadOnlyList<Document>> ExecuteAsync(Document input, IExecutionContext context)
        {
            Interlocked.Increment(ref Runs);
            if (input.Content.Length == 0)
            {
                context.Report(Diagnostic.Warning("empty", new SourceLocation(input.Source)));
            }

            return Task.FromResult<IReadOnlyList<Document>>([input.WithContent(input.Content.ToUpperInvariant() + setting.Suffix)]);
        }

        protected override object? CacheDependencies(Document input, IExecutionContext context) => cacheable ? setting : null;
    }

    private sealed record Setting(string Suffix);

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
    public async Task A_step_without_declared_dependencies_always_runs()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!"), cacheable: false), "a");
        var step = new Shout(new Setting("!"), cacheable: false);

        await RunAsync(cache, step, "a");

        Assert.Equal(1, step.Runs);
        Assert.Equal(new MemoStatistics(0, 0, 0), cache.Statistics);
    }

    [Fact]
    public async Task After_a_successful_run_results_it_did_not_use_are_forgotten()
    {
        var cache = new MemoCache();
        await RunAsync(cache, new Shout(new Setting("!")), "a", "b");

        await RunAsync(cache, new Shout(new Setting("!")), "a");

        Assert.Equal(1, cache.Statistics.Entries);
    }

    private static async Task<EngineResult> RunAsync(MemoCache cache, ForEachDocument step, params string[] contents)
    {
        cache.BeginRun();
        var engine = new Engine(
            [new Briefing.Pipeline.Pipeline
            {
                Name = "p",
                Input = [new Execute((_, _) => (IReadOnlyList<Document>)[.. contents.Select((c, i) => new Document { Source = $"{i}.md", Content = c })])],
                Process = [step],
            }],
            [cache]);
        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);
        cache.EndRun(result.Succeeded);
        return result;
    }
}
