using System.Threading.Channels;
using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class ChangeBatchesTests
{
    [Fact]
    public async Task A_burst_of_changes_becomes_one_batch_without_duplicates()
    {
        var changes = Channel.CreateUnbounded<string>();
        foreach (var path in new[] { "input/a.md", "input/b.md", "input/a.md", "theme/x.liquid" })
        {
            changes.Writer.TryWrite(path);
        }

        var batch = await ChangeBatches.NextAsync(changes.Reader, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);

        Assert.Equal(["input/a.md", "input/b.md", "theme/x.liquid"], batch);
    }

    [Fact]
    public async Task A_change_arriving_within_the_quiet_period_joins_the_batch()
    {
        var changes = Channel.CreateUnbounded<string>();
        changes.Writer.TryWrite("input/a.md");

        // The quiet period is long enough that the second write, made straight away, always lands inside it.
        var next = ChangeBatches.NextAsync(changes.Reader, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        changes.Writer.TryWrite("input/b.md");

        Assert.Equal(["input/a.md", "input/b.md"], await next);
    }

    [Fact]
    public async Task Once_several_files_changed_the_longer_quiet_period_applies()
    {
        var changes = Channel.CreateUnbounded<string>();
        changes.Writer.TryWrite("input/a.md");
        changes.Writer.TryWrite("input/b.md");

        // One file alone would end the batch at once; two keep it open long enough for a third to join.
        var next = ChangeBatches.NextAsync(changes.Reader, TimeSpan.Zero, TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        changes.Writer.TryWrite("input/c.md");

        Assert.Equal(["input/a.md", "input/b.md", "input/c.md"], await next);
    }

    [Fact]
    public async Task Waits_for_the_first_change()
    {
        var changes = Channel.CreateUnbounded<string>();

        var next = ChangeBatches.NextAsync(changes.Reader, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1), TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);
        changes.Writer.TryWrite("seeds/x.txt");

        Assert.Equal(["seeds/x.txt"], await next);
    }
}
