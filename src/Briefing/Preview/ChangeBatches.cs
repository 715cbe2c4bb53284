using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>Coalesces a burst of changes into one batch: it ends once no change has arrived for the quiet period.</summary>
public static class ChangeBatches
{
    public static async Task<IReadOnlyCollection<string>> NextAsync(ChannelReader<string> changes, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await changes.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            while (changes.TryRead(out var change))
            {
                batch.Add(change);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
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
