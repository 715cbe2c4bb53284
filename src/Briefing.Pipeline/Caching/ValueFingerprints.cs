using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Briefing.Pipeline.Caching;

/// <summary>
/// Fingerprints values by content: text, numbers, dates, lists, dictionaries (keys in ordinal order), records and
/// classes whose whole state is public (every instance field public or behind a public property), and types that
/// say what their content is (<see cref="IFingerprintable"/>). A value whose state it cannot see (a private field,
/// a delegate, a stream, an object that refers back to itself) is refused with a <see cref="NotSupportedException"/>
/// naming the type and the field, never fingerprinted by half: a half-seen value would let a cache serve a result
/// made from other state. Documents and their metadata are immutable, so the fingerprint of a document, or of any
/// larger object, is remembered by reference for as long as the object lives: a document that a cache hands back
/// unchanged costs one lookup in the next build.
/// </summary>
public sealed class ValueFingerprints
{
    /// <summary>
    /// Objects cheaper to hash than this many bytes (a few short strings) are hashed again when met again:
    /// remembering one costs more than hashing it, and a build makes thousands of such small views. The bytes of
    /// the values an object holds count too (<see cref="FingerprintHasher.Work"/>): an object of a few small
    /// records, each cheap on its own, costs their walk every time it is met if only its own bytes count.
    /// </summary>
    private const long RememberAboveBytes = 512;

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
                throw new NotSupportedException($"a {value.GetType().Name} has no content to fingerprint; keep such values out of cached steps' inputs and dependencies");
            case IFingerprintable:
                h.Add(Tags.Object);
                AddObject(ref h, value, path);
                break;
            case IDictionary dictionary when IsFramework(value.GetType()):
                AddDictionary(ref h, dictionary, path);
                break;
            case IEnumerable items when IsFramework(value.GetType()):
                AddItems(ref h, items, path);
                break;
            case IDictionary dictionary:
                AddDictionary(ref h, dictionary, path);
                break;
            case IEnumerable items:
                // A collection of the application's own may hold more than its items: its public state too.
                AddItems(ref h, items, path);
                AddMembers(ref h, value, path);
                break;
            default:
                if (value.GetType().IsValueType)
                {
                    AddMembers(ref h, value, path);
                }
                else
                {
                    h.Add(Tags.Object);
                    AddObject(ref h, value, path);
                }

                break;
        }
    }

    private void AddItems(ref FingerprintHasher h, IEnumerable items, Stack<object>? path)
    {
        h.Add(Tags.List);
        ulong count = 0;
        foreach (var item in items)
        {
            Add(ref h, item, path);
            count++;
        }

        h.Add(count);
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

    private void AddObject(ref FingerprintHasher h, object value, Stack<object>? path)
    {
        h.Add(OfObject(value, path, out var work));
        h.AddNestedWork(work);
    }

    // work: the bytes hashed to make the fingerprint now, nested values included; 0 when it was remembered.
    private Fingerprint OfObject(object value, Stack<object>? path, out long work)
    {
        if (_known.TryGetValue(value, out var known))
        {
            work = 0;
            return known.Value;
        }

        path ??= new Stack<object>();
        if (path.Contains(value, ReferenceEqualityComparer.Instance))
        {
            throw new NotSupportedException($"a {value.GetType().Name} refers back to itself and cannot be fingerprinted by value");
        }

        path.Push(value);
        var hasher = FingerprintHasher.Create();
        if (value is IFingerprintable fingerprintable)
        {
            hasher.Add(Shape(value.GetType()).Name);
            Add(ref hasher, fingerprintable.FingerprintContent, path);
        }
        else
        {
            AddMembers(ref hasher, value, path);
        }

        path.Pop();

        var fingerprint = hasher.Finish();
        work = hasher.Work;
        if (value is Document || work >= RememberAboveBytes)
        {
            _known.AddOrUpdate(value, new StrongBox<Fingerprint>(fingerprint));
        }

        return fingerprint;
    }

    private void AddMembers(ref FingerprintHasher h, object value, Stack<object>? path)
    {
        var shape = Shape(value.GetType());
        if (shape.Hidden is { } hidden)
        {
            throw new NotSupportedException(
                $"a {value.GetType().FullName} keeps state that cannot be fingerprinted ({hidden}); make that state public (a record's properties) or implement {nameof(IFingerprintable)}, so that a cache key covers it");
        }

        h.Add(shape.Name);
        foreach (var member in shape.Members)
        {
            Add(ref h, member(value), path);
        }
    }

    private TypeShape Shape(Type type) => _shapes.GetOrAdd(type, TypeShape.Of);

    /// <summary>
    /// Collections fingerprinted by their items alone: those of the .NET libraries, and those the compiler makes for
    /// collection expressions (<c>&lt;&gt;z__ReadOnlyArray</c> and the like, emitted into the caller's assembly).
    /// </summary>
    // An array counts as the framework's whatever its items: it has no state beyond them, and its public members
    // (SyncRoot is the array itself) would otherwise be walked without end.
    private static bool IsFramework(Type type) =>
        type.IsArray
        || type.Assembly == typeof(object).Assembly
        || type.Namespace?.StartsWith("System.", StringComparison.Ordinal) == true
        || type.Name.StartsWith("<>z__", StringComparison.Ordinal);

    /// <summary>
    /// A type's identity, the readers of its public state in a stable order, and what of its state they would
    /// miss: the first instance field (its own or inherited) that is neither public nor behind a public property.
    /// </summary>
    private sealed record TypeShape(Fingerprint Name, IReadOnlyList<Func<object, object?>> Members, string? Hidden)
    {
        public static TypeShape Of(Type type)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
            var readable = type.GetProperties(Public)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
                .ToList();
            var properties = readable.Select(p => (p.Name, Read: ReaderOf(p)));
            var fields = type.GetFields(Public).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue));
            var members = properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Read).ToList();
            return new TypeShape(Fingerprint.Of(type.AssemblyQualifiedName ?? type.FullName ?? type.Name), members, HiddenField(type, readable));
        }

        /// <summary>
        /// A property's reader as a delegate bound to its getter: reading through <see cref="PropertyInfo.GetValue(object)"/>
        /// goes through reflection's invoke path on every call, several times slower, and a rebuild of a large site
        /// reads hundreds of thousands of properties. A struct's property, or one a delegate cannot be bound to,
        /// is read by reflection.
        /// </summary>
        private static Func<object, object?> ReaderOf(PropertyInfo property)
        {
            // Natively compiled, a generic method made at run time may have no code to run: read by reflection there.
            if (!RuntimeFeature.IsDynamicCodeSupported
                || property.GetMethod is not { } getter || property.DeclaringType is not { IsValueType: false } owner
                || property.PropertyType.IsByRef || property.PropertyType.IsByRefLike || property.PropertyType.IsPointer
                || owner.ContainsGenericParameters)
            {
                return property.GetValue;
            }

            try
            {
                var bind = typeof(TypeShape).GetMethod(nameof(BoundReader), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(owner, property.PropertyType);
                return (Func<object, object?>)bind.Invoke(null, [getter])!;
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or TargetInvocationException)
            {
                return property.GetValue;
            }
        }

        private static Func<object, object?> BoundReader<TOwner, TValue>(MethodInfo getter)
            where TOwner : class
        {
            var read = getter.CreateDelegate<Func<TOwner, TValue>>();
            return owner => read((TOwner)owner);
        }

        private static string? HiddenField(Type type, List<PropertyInfo> readable)
        {
            // Auto-properties keep their value in "<Name>k__BackingField", anonymous types in "<Name>i__Field".
            var visible = readable.SelectMany(p => new[] { $"<{p.Name}>k__BackingField", $"<{p.Name}>i__Field" }).ToHashSet(StringComparer.Ordinal);
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
                if (t.GetFields(Declared).FirstOrDefault(f => !f.IsPublic && !visible.Contains(f.Name)) is { } field)
                {
                    return $"{Describe(field.Name)} of {t.Name} is not public";
                }
            }

            return null;
        }

        /// <summary>A field as its source code names it: a captured constructor parameter, a property or a field.</summary>
        private static string Describe(string field) => field switch
        {
            ['<', .., '>', 'P'] => $"the constructor parameter '{field[1..^2]}' it keeps",
            _ when field.StartsWith('<') && field.EndsWith(">k__BackingField", StringComparison.Ordinal) => $"the property '{field[1..field.IndexOf('>', StringComparison.Ordinal)]}'",
            _ => $"the field '{field}'",
        };
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
