using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Briefing.Search;

/// <summary>
/// Writes the index's files (<see cref="SearchIndexFiles"/>) as UTF-8, each
/// <c>BriefingSearchData("kind",number,JSON);</c> and a line break, into one buffer reused from file to file,
/// so a file costs only its own bytes. Used by one thread at a time.
/// </summary>
internal sealed class ScriptWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;

    public ScriptWriter() => _json = new Utf8JsonWriter(_buffer, Options);

    public byte[] Write<T>(string kind, int number, T data, Action<Utf8JsonWriter, T> write)
    {
        _buffer.ResetWrittenCount();
        var start = _buffer.GetSpan(kind.Length + 40);
        if (!Utf8.TryWrite(start, CultureInfo.InvariantCulture, $"BriefingSearchData(\"{kind}\",{number},", out var written))
        {
            throw new InvalidOperationException($"The start of a search index file of kind '{kind}' does not fit its buffer.");
        }

        _buffer.Advance(written);
        _json.Reset(_buffer);
        write(_json, data);
        _json.Flush();
        _buffer.Write(");\n"u8);
        return _buffer.WrittenSpan.ToArray();
    }

    public void Dispose() => _json.Dispose();
}
