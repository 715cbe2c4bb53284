using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// Fingerprints values by content: text, numbers, dates, lists, dictionaries (keys in ordinal order) and any
/// record or class through its public properties and fields. Documents and their metadata are immutable, so the
/// fingerprint of a document, or of any larger object, is remembered by reference for as long as the object
/// lives: a document that a cache hands back unchanged costs one lookup in the next build. Delegates, streams and tasks have no content to fingerprint
/// and are refused, as are objects that refer back to themselves.
/// </summary>
public sealed class ValueFingerprints
{
    /// <summary>
    /// Objects cheaper to hash than this many words (a few short strings) are hashed again when met again:
    /// remembering one costs more than hashing it, and a build makes thousands of such small views.
    /// </summary>
    private const ulong RememberAboveWords = 64;

    private readonly ConditionalWeakTable<object, StrongBox<Fingerprint>> _known = new();
    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();

    public Fingerprint Of(object? value)
    {
        var hasher = FingerprintHasher.Create();
        Add(ref hasher, value, path: null);
        return hasher.Finish();
    }

    private void Add(ref FingerprintHasher h, object? value, Stack<object>? path)
    {
        switch (value)
        {
            case null:
                h.Add(Tags.Null);
                break;
            case string text:
                h.Add(Tags.String);
                h.Add(text);
                break;
            case bool flag:
                h.Add(Tags.Boolean);
                h.Add(flag);
                break;
            case char c:
                h.Add(Tags.Char);
                h.Add((ulong)c);
                break;
            case Enum e:
                h.Add(Shape(e.GetType()).Name);
                h.Add(e.ToString());
                break;
            case int or long or short or sbyte:
                h.Add(Tags.Signed);
                h.Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case uint or ulong or ushort or byte:
                h.Add(Tags.Unsigned);
                h.Add(Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double or float:
                h.Add(Tags.Floating);
                h.Add(BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case decimal number:
                h.Add(Tags.Decimal);
                foreach (var part in decimal.GetBits(number))
                {
                    h.Add((long)part);
                }

                break;
            case DateOnly date:
                h.Add(Tags.Date);
                h.Add((long)date.DayNumber);
                break;
            case DateTime time:
                h.Add(Tags.DateTime);
                h.Add(time.Ticks);
                h.Add((long)time.Kind);
                break;
            case DateTimeOffset time:
                h.Add(Tags.DateTimeOffset);
                h.Add(time.Ticks);
                h.Add(time.Offset.Ticks);
                break;
            case TimeSpan span:
                h.Add(Tags.TimeSpan);
                h.Add(span.Ticks);
                break;
            case Uri uri:
                h.Add(Tags.Uri);
                h.Add(uri.OriginalString);
                break;
            case Fingerprint fingerprint:
                h.Add(Tags.Fingerprint);
                h.Add(fingerprint);
                break;
            case Type type:
                h.Add(Tags.Type);
                h.Add(Shape(type).Name);
                break;
            case Delegate or Stream or Task or IAsyncResult:
                throw new NotSupportedException($"A {value.GetType().Name} has no content to fingerprint; keep such values out of cached steps' inputs.");
            case IDictionary dictionary:
                AddDictionary(ref h, dictionary, path);
                break;
            case IEnumerable items:
                h.Add(Tags.List);
                ulong count = 0;
                foreach (var item in items)
                {
                    Add(ref h, item, path);
                    count++;
                }

                h.Add(count);
                break;
            default:
                if (value.GetType().IsValueType)
                {
                    AddMembers(ref h, value, path);
                }
                else
                {
                    h.Add(Tags.Object);
                    h.Add(OfObject(value, path));
                }

                break;
        }
    }

    private void AddDictionary(ref FingerprintHasher h, IDictionary dictionary, Stack<object>? path)
    {
        var entries = new List<DictionaryEntry>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            entries.Add(entry);
        }

        // Hash order must not depend on insertion order or on hash codes; text keys sort ordinally.
        if (entries.TrueForAll(e => e.Key is string))
        {
            entries.Sort((x, y) => string.CompareOrdinal((string)x.Key, (string)y.Key));
        }

        h.Add(Tags.Dictionary);
        foreach (var entry in entries)
        {
            Add(ref h, entry.Key, path);
            Add(ref h, entry.Value, path);
        }

        h.Add((ulong)entries.Count);
    }

    private Fingerprint OfObject(object value, Stack<object>? path)
    {
        if (_known.TryGetValue(value, out var known))
        {
            return known.Value;
        }

        path ??= new Stack<object>();
        if (path.Contains(value, ReferenceEqualityComparer.Instance))
        {
            throw new NotSupportedException($"A {value.GetType().Name} refers back to itself and cannot be fingerprinted by value.");
        }

        path.Push(value);
        var hasher = FingerprintHasher.Create();
        AddMembers(ref hasher, value, path);
        path.Pop();

        var fingerprint = hasher.Finish();
        if (value is Document || hasher.Words >= RememberAboveWords)
        {
            _known.AddOrUpdate(value, new StrongBox<Fingerprint>(fingerprint));
        }

        return fingerprint;
    }

    private void AddMembers(ref FingerprintHasher h, object value, Stack<object>? path)
    {
        var shape = Shape(value.GetType());
        h.Add(shape.Name);
        foreach (var member in shape.Members)
        {
            Add(ref h, member(value), path);
        }
    }

    private TypeShape Shape(Type type) => _shapes.GetOrAdd(type, TypeShape.Of);

    /// <summary>A type's identity and the readers of its public state, in a stable order.</summary>
    private sealed record TypeShape(Fingerprint Name, IReadOnlyList<Func<object, object?>> Members)
    {
        public static TypeShape Of(Type type)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
            var properties = type.GetProperties(Public)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
                .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue));
            var fields = type.GetFields(Public).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue));
            var members = properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Read).ToList();
            return new TypeShape(Fingerprint.Of(type.AssemblyQualifiedName ?? type.FullName ?? type.Name), members);
        }
    }

    /// <summary>Marks what kind of value follows, so that e.g. the text "1" and the number 1 differ.</summary>
    private static class Tags
    {
        public const ulong Null = 0;
        public const ulong String = 1;
        public const ulong Boolean = 2;
        public const ulong Char = 3;
        public const ulong Signed = 4;
        public const ulong Unsigned = 5;
        public const ulong Floating = 6;
        public const ulong Decimal = 7;
        public const ulong Date = 8;
        public const ulong DateTime = 9;
        public const ulong DateTimeOffset = 10;
        public const ulong TimeSpan = 11;
        public const ulong Uri = 12;
        public const ulong Fingerprint = 13;
        public const ulong Type = 14;
        public const ulong Dictionary = 15;
        public const ulong List = 16;
        public const ulong Object = 17;
    }
}
