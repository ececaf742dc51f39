using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Paging;

/// <summary>
/// A sort order that pages by keyset: the next page is "rows after the last row shown" in this order, a WHERE on the
/// sort keys rather than an OFFSET, so page 200 costs what page 1 costs and a row added meanwhile shifts nothing.
/// Invariant: the last key is unique (the id), so the order is total and every row lands on exactly one page.
/// Keys are non-null columns of types SQL compares as .NET does for equality (text, integers, ids, times); the
/// comparison runs in the database with the same collation as its ORDER BY, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class KeysetOrder<T>
{
    private sealed record Key(LambdaExpression Selector, bool Descending)
    {
        public Type Type => Selector.ReturnType;
    }

    private readonly IReadOnlyList<Key> _keys;

    /// <summary>Short name of the order, carried in its cursors so a cursor of another order is refused.</summary>
    public string Name { get; }

    private KeysetOrder(string name, IReadOnlyList<Key> keys) => (Name, _keys) = (name, keys);

    public static KeysetOrder<T> By<TKey>(string name, Expression<Func<T, TKey>> key) => new(name, [new Key(key, false)]);
    public static KeysetOrder<T> ByDescending<TKey>(string name, Expression<Func<T, TKey>> key) => new(name, [new Key(key, true)]);
    public KeysetOrder<T> ThenBy<TKey>(Expression<Func<T, TKey>> key) => new(Name, [.. _keys, new Key(key, false)]);
    public KeysetOrder<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key) => new(Name, [.. _keys, new Key(key, true)]);

    /// <summary>True when the request's cursor (if any) is one this order wrote.</summary>
    public bool Accepts(PageRequest request) => request.After is null || PageCursor.Read(request.After, Name, _keys.Select(k => k.Type).ToList()) is not null;

    /// <summary>
    /// The requested page of <paramref name="source"/> (already filtered and scoped) in this order, projected with
    /// <paramref name="select"/>. A cursor this order did not write reads as the first page (<see cref="Accepts"/>
    /// lets an API refuse it instead).
    /// </summary>
    public async Task<PageResult<TRow>> PageAsync<TRow>(IQueryable<T> source, PageRequest request, Expression<Func<T, TRow>> select, CancellationToken ct)
    {
        var total = await source.CountAsync(ct);
        var (query, cursor) = After(source, request);
        var fetched = await query.Take(request.Size + 1).Select(WithKeys(select)).ToListAsync(ct);
        return Result(fetched, total, cursor, request);
    }

    /// <summary>
    /// As <see cref="PageAsync{TRow}(IQueryable{T}, PageRequest, Expression{Func{T, TRow}}, CancellationToken)"/>, with the
    /// total counted by <paramref name="count"/>: for a source whose rows are groups (the 指标库's entries), the matches
    /// can be counted without computing every group's aggregates.
    /// </summary>
    public async Task<PageResult<TRow>> PageAsync<TRow>(IQueryable<T> source, PageRequest request, Expression<Func<T, TRow>> select,
        Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        var total = await count(ct);
        var (query, cursor) = After(source, request);
        var fetched = await query.Take(request.Size + 1).Select(WithKeys(select)).ToListAsync(ct);
        return Result(fetched, total, cursor, request);
    }

    private (IQueryable<T> Query, PageCursor? Cursor) After(IQueryable<T> source, PageRequest request)
    {
        var cursor = request.After is null ? null : PageCursor.Read(request.After, Name, _keys.Select(k => k.Type).ToList());
        var query = Order(source);
        if (cursor is not null) query = query.Where(AfterPredicate(cursor.Keys));
        return (query, cursor);
    }

    private PageResult<TRow> Result<TRow>(List<Keyed<TRow>> fetched, int total, PageCursor? cursor, PageRequest request)
    {
        var before = cursor?.Before ?? 0;
        var items = fetched.Take(request.Size).ToList();
        var next = fetched.Count > request.Size ? PageCursor.Write(Name, before + items.Count, items[^1].Keys) : null;
        return new PageResult<TRow>(items.Select(i => i.Row).ToList(), total, before, next);
    }

    /// <summary>The source sorted in this order (every key, the tiebreaker last).</summary>
    public IQueryable<T> Order(IQueryable<T> source)
    {
        var expression = source.Expression;
        for (var i = 0; i < _keys.Count; i++)
        {
            var method = (i, _keys[i].Descending) switch
            {
                (0, false) => nameof(Queryable.OrderBy),
                (0, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                (_, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), _keys[i].Type], expression, Expression.Quote(_keys[i].Selector));
        }
        return source.Provider.CreateQuery<T>(expression);
    }

    // (k0 > v0) OR (k0 = v0 AND k1 > v1) OR … with < for descending keys: the rows after the cursor's row.
    private Expression<Func<T, bool>> AfterPredicate(IReadOnlyList<object?> values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < _keys.Count; i++)
        {
            Expression all = Compare(KeyOf(i, row), Value(i, values[i]), _keys[i].Descending);
            for (var j = i - 1; j >= 0; j--) all = Expression.AndAlso(Expression.Equal(KeyOf(j, row), Value(j, values[j])), all);
            any = any is null ? all : Expression.OrElse(any, all);
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private Expression KeyOf(int i, ParameterExpression row) => Rebind.Body(_keys[i].Selector, row);

    // A captured value (a member of a closure object), so EF sends it as a parameter and reuses the query plan.
    private Expression Value(int i, object? value)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(_keys[i].Type), value)!;
        return Expression.Field(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    private static Expression Compare(Expression key, Expression value, bool descending)
    {
        var zero = Expression.Constant(0);
        Expression Op(Expression left, Expression right) => descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
        if (key.Type == typeof(string))
            return Op(Expression.Call(StringCompare, key, value), zero);
        if (key.Type.IsPrimitive || key.Type.GetMethod("op_GreaterThan", [key.Type, key.Type]) is not null)
            return Op(key, value);
        // Ids (Guid) have no operators in .NET; EF translates CompareTo(…) > 0 to the SQL comparison.
        var compareTo = key.Type.GetMethod(nameof(IComparable<int>.CompareTo), [key.Type])
            ?? throw new InvalidOperationException($"Keyset key of type {key.Type.Name} cannot be compared.");
        return Op(Expression.Call(key, compareTo, value), zero);
    }

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    // row => new Keyed<TRow> { Row = select(row), Keys = new object[] { k0(row), k1(row), … } }: one query reads both.
    private Expression<Func<T, Keyed<TRow>>> WithKeys<TRow>(Expression<Func<T, TRow>> select)
    {
        var row = select.Parameters[0];
        var keys = Expression.NewArrayInit(typeof(object), _keys.Select((_, i) => Expression.Convert(KeyOf(i, row), typeof(object))));
        var body = Expression.MemberInit(Expression.New(typeof(Keyed<TRow>)),
            Expression.Bind(typeof(Keyed<TRow>).GetProperty(nameof(Keyed<TRow>.Row))!, select.Body),
            Expression.Bind(typeof(Keyed<TRow>).GetProperty(nameof(Keyed<TRow>.Keys))!, keys));
        return Expression.Lambda<Func<T, Keyed<TRow>>>(body, row);
    }
}

/// <summary>A cursor value captured as a closure member: EF sends it as a parameter, not a literal.</summary>
internal sealed class Holder<TValue>(TValue value)
{
    public readonly TValue Value = value;
}

/// <summary>A projected row with the values of its sort keys (the next page's cursor is made of the last one's).</summary>
internal sealed class Keyed<TRow>
{
    public TRow Row { get; init; } = default!;
    public object?[] Keys { get; init; } = [];
}

/// <summary>Substitutes a lambda's parameter, so key selectors and projections share one row parameter.</summary>
internal sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Body(LambdaExpression lambda, Expression to) => new Rebind(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
