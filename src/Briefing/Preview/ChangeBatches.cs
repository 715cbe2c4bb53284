using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>
/// Coalesces a burst of changes into one batch, which ends once no change has arrived for a quiet period. The
/// period depends on the batch: a save touches one file, and its events (truncate, write, close) come within a
/// millisecond or two, so a short period suffices and the page reloads sooner; a <c>git checkout</c> or a
/// search-and-replace touches many, and the longer period lets the whole burst land before the build starts.
/// </summary>
internal static class ChangeBatches
{
    public static async Task<IReadOnlyCollection<string>> NextAsync(
        ChannelReader<string> changes, TimeSpan quietAfterOneFile, TimeSpan quietAfterSeveral, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await changes.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            while (changes.TryRead(out var change))
            {
                batch.Add(change);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(batch.Count == 1 ? quietAfterOneFile : quietAfterSeveral);
            try
            {
                if (!await changes.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    return batch;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }
}
