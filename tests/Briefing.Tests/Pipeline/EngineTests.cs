using Briefing.Pipeline;
using Briefing.Pipeline.Diagnostics;
using Briefing.Pipeline.Modules;

namespace Briefing.Tests.Pipeline;

public class EngineTests
{
    private static IModule Emit(params string[] contents) =>
        new Execute((_, _) => (IReadOnlyList<Document>)[.. contents.Select(c => new Document { Content = c })]);

    private static IModule Append(string suffix) =>
        new Execute((docs, _) => (IReadOnlyList<Document>)[.. docs.Select(d => d.WithContent(d.Content + suffix))]);

    [Fact]
    public async Task Phases_run_in_order_and_outputs_are_the_output_phase_result()
    {
        var engine = new Engine([new Briefing.Pipeline.Pipeline
        {
            Name = "a",
            Input = [Emit("x")],
            Process = [Append("p")],
            PostProcess = [Append("q")],
            Output = [Append("o")],
        }]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal("xpqo", Assert.Single(result.Outputs["a"]).Content);
    }

    [Fact]
    public async Task Process_reads_the_process_outputs_of_its_dependencies()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline
            {
                Name = "consumer",
                Dependencies = ["producer"],
                Process = [new ReadFromPipelines("producer"), Append("!")],
            },
            new Briefing.Pipeline.Pipeline { Name = "producer", Input = [Emit("one", "two")], Process = [Append("+")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["one+!", "two+!"], result.Outputs["consumer"].Select(d => d.Content));
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_in_process_is_reported_as_an_internal_error()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "other", Input = [Emit("x")] },
            new Briefing.Pipeline.Pipeline { Name = "sneaky", Process = [new ReadFromPipelines("other")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("without declaring it as a dependency", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task PostProcess_can_read_any_pipeline()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "left", Input = [Emit("l")] },
            new Briefing.Pipeline.Pipeline
            {
                Name = "right",
                Input = [Emit("r")],
                PostProcess = [new Execute((docs, ctx) => (IReadOnlyList<Document>)[.. docs, .. ctx.Outputs("left")])],
            },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["r", "l"], result.Outputs["right"].Select(d => d.Content));
    }

    [Fact]
    public async Task A_transient_pipeline_feeds_its_dependents_and_is_left_out_of_the_result()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "stage", Transient = true, Input = [Emit("one", "two")], Process = [Append("+")] },
            new Briefing.Pipeline.Pipeline { Name = "first", Dependencies = ["stage"], Process = [new ReadFromPipelines("stage"), Append("1")] },
            new Briefing.Pipeline.Pipeline { Name = "second", Dependencies = ["stage"], Process = [new ReadFromPipelines("stage"), Append("2")], Output = [Append("o")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Outputs["stage"]);
        Assert.Equal(["one+1", "two+1"], result.Outputs["first"].Select(d => d.Content));
        Assert.Equal(["one+2o", "two+2o"], result.Outputs["second"].Select(d => d.Content));
    }

    [Fact]
    public async Task Reading_a_released_transient_pipeline_later_is_reported_and_names_it()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "stage", Transient = true, Input = [Emit("x")] },
            new Briefing.Pipeline.Pipeline { Name = "reader", Dependencies = ["stage"], Process = [new ReadFromPipelines("stage")], Output = [new ReadFromPipelines("stage")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Contains("'stage' is transient", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_pipeline_is_kept_while_a_post_process_phase_may_read_it()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "stage", Transient = true, Input = [Emit("x")] },
            new Briefing.Pipeline.Pipeline { Name = "reader", Dependencies = ["stage"], PostProcess = [new ReadFromPipelines("stage"), Append("!")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal("x!", Assert.Single(result.Outputs["reader"]).Content);
    }

    [Fact]
    public async Task Independent_pipelines_run_concurrently()
    {
        // Each pipeline waits until the other has started: a sequential engine would never finish.
        var started = new CountdownEvent(2);
        IModule Rendezvous() => Execute.Async(async (docs, ctx) =>
        {
            started.Signal();
            await Task.Run(() => started.Wait(TimeSpan.FromSeconds(10), ctx.CancellationToken), ctx.CancellationToken);
            return docs;
        });

        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "a", Process = [Rendezvous()] },
            new Briefing.Pipeline.Pipeline { Name = "b", Process = [Rendezvous()] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.True(started.IsSet);
    }

    [Fact]
    public async Task Pipelines_waiting_on_the_same_one_start_together_even_when_their_steps_block()
    {
        // Each dependent's step blocks its thread until the other's has started: run one after another on the thread
        // that finished "root", the second would start only once the first had given up waiting.
        var started = new CountdownEvent(2);
        var met = 0;
        IModule BlockingRendezvous() => new Execute((docs, ctx) =>
        {
            started.Signal();
            if (started.Wait(TimeSpan.FromSeconds(10), ctx.CancellationToken))
            {
                Interlocked.Increment(ref met);
            }

            return docs;
        });

        var engine = new Engine(
        [
            // "root" finishes after both dependents are waiting on it, so its last thread is the one that resumes them.
            new Briefing.Pipeline.Pipeline
            {
                Name = "root",
                Process = [Execute.Async(async (docs, ctx) => { await Task.Delay(100, ctx.CancellationToken); return docs; })],
            },
            new Briefing.Pipeline.Pipeline { Name = "a", Dependencies = ["root"], Process = [BlockingRendezvous()] },
            new Briefing.Pipeline.Pipeline { Name = "b", Dependencies = ["root"], Process = [BlockingRendezvous()] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        // Both steps saw the other start rather than giving up waiting: they were running at once.
        Assert.Equal(2, met);
    }

    [Fact]
    public async Task A_pipeline_without_post_process_writes_while_another_is_still_processing()
    {
        // "slow" finishes its Process phase only once "fast" has run its Output: an engine that held every Output phase
        // back until all Process phases were done would time out here.
        var written = new ManualResetEventSlim();
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline
            {
                Name = "fast",
                Input = [Emit("f")],
                Output = [new Execute((docs, _) => { written.Set(); return docs; })],
            },
            new Briefing.Pipeline.Pipeline
            {
                Name = "slow",
                Input = [Emit("s")],
                Process = [new Execute((docs, ctx) => written.Wait(TimeSpan.FromSeconds(10), ctx.CancellationToken)
                    ? docs
                    : throw new TimeoutException("the other pipeline's Output phase did not run while this one was processing"))],
            },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.Equal(["f"], result.Outputs["fast"].Select(d => d.Content));
        Assert.Equal(["s"], result.Outputs["slow"].Select(d => d.Content));
    }

    [Fact]
    public async Task A_post_process_phase_still_waits_for_every_process_phase()
    {
        var slowDone = false;
        var sawSlowDone = false;
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline
            {
                Name = "slow",
                Input = [Emit("s")],
                Process = [Execute.Async(async (docs, ctx) =>
                {
                    await Task.Delay(200, ctx.CancellationToken);
                    Volatile.Write(ref slowDone, true);
                    return docs;
                })],
            },
            new Briefing.Pipeline.Pipeline
            {
                Name = "reader",
                Input = [Emit("r")],
                PostProcess = [new Execute((docs, _) => { sawSlowDone = Volatile.Read(ref slowDone); return docs; })],
            },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.True(sawSlowDone);
    }

    [Fact]
    public async Task An_output_phase_reading_a_pipeline_it_does_not_depend_on_is_reported()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "other", Input = [Emit("x")] },
            new Briefing.Pipeline.Pipeline { Name = "eager", Input = [Emit("y")], Output = [new ReadFromPipelines("other")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Contains("reads 'other' in its Output phase without declaring it as a dependency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_phase_reads_its_dependencies()
    {
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "base", Input = [Emit("b")] },
            new Briefing.Pipeline.Pipeline { Name = "site", Dependencies = ["base"], Input = [Emit("s")], Output = [new ReadFromPipelines("base")] },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(["b"], result.Outputs["site"].Select(d => d.Content));
    }

    [Fact]
    public async Task Errors_from_independent_pipelines_are_all_collected_and_dependents_are_skipped()
    {
        var ran = false;
        var engine = new Engine(
        [
            new Briefing.Pipeline.Pipeline
            {
                Name = "first",
                Process = [new Execute((_, _) => throw new DiagnosticException("bad title", new SourceLocation("b.md", 3, 7)))],
            },
            new Briefing.Pipeline.Pipeline
            {
                Name = "second",
                Process = [new Execute((docs, ctx) =>
                {
                    ctx.Report(Diagnostic.Error("bad date", new SourceLocation("a.md", 1, 2)));
                    ctx.Report(Diagnostic.Warning("odd but fine", new SourceLocation("a.md", 9)));
                    return docs;
                })],
            },
            new Briefing.Pipeline.Pipeline
            {
                Name = "dependent",
                Dependencies = ["first"],
                Process = [new Execute((docs, _) => { ran = true; return docs; })],
            },
        ]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(["a.md:1:2: error: bad date", "a.md:9: warning: odd but fine", "b.md:3:7: error: bad title"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(ran);
        Assert.Empty(result.Outputs["dependent"]);
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_an_internal_error_diagnostic()
    {
        var engine = new Engine([new Briefing.Pipeline.Pipeline
        {
            Name = "buggy",
            Process = [new Execute((_, _) => throw new InvalidOperationException("oops"))],
        }]);

        var result = await engine.ExecuteAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("internal error in buggy/Process/Execute", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public void Cycles_and_unknown_dependencies_are_rejected()
    {
        var cycle = Assert.Throws<InvalidOperationException>(() => new Engine(
        [
            new Briefing.Pipeline.Pipeline { Name = "a", Dependencies = ["b"] },
            new Briefing.Pipeline.Pipeline { Name = "b", Dependencies = ["a"] },
        ]));
        Assert.Contains("a -> b -> a", cycle.Message);

        var unknown = Assert.Throws<InvalidOperationException>(() => new Engine(
            [new Briefing.Pipeline.Pipeline { Name = "a", Dependencies = ["ghost"] }]));
        Assert.Contains("unknown pipeline 'ghost'", unknown.Message);
    }
}
