using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Preview;

/// <summary>A console stand-in that a command writes to from any thread while a test waits for a line.</summary>
internal sealed class WaitableWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly SemaphoreSlim _written = new(0);

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }

        if (value == '\n')
        {
            _written.Release();
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }

    /// <summary>Waits (at most <see cref="EventStream.Patience"/>) for output matching the pattern; returns its first group.</summary>
    public async Task<string> WaitForAsync(Regex pattern)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(EventStream.Patience);
        while (true)
        {
            if (pattern.Match(ToString()) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await _written.WaitAsync(wait.Token);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _written.Dispose();
        }

        base.Dispose(disposing);
    }
}
