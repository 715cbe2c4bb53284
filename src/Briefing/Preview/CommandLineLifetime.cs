using Microsoft.Extensions.Hosting;

namespace Briefing.Preview;

/// <summary>
/// Leaves Ctrl+C to the command line, which cancels the command and stops the server itself; the host's
/// default console lifetime would also catch the signal and print status lines of its own.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
