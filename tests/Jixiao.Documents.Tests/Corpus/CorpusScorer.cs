namespace Jixiao.Documents.Tests.Corpus;

/// <summary>Measures an import against its hand-written expectation (<see cref="ExpectedDocument"/>).</summary>
internal static class CorpusScorer
{
    public static DocumentScore Score(ExpectedDocument x, ImportOutcome outcome)
    {
        var misses = new List<CellMiss>();
        var tally = new Tally();
        if (outcome.Document is not { } doc)
        {
            misses.Add(new CellMiss("document", "imported", outcome.Error));
            Count(x, null, tally, misses);
            return Result(x, DocumentScore.Refused, null, null, tally, misses);
        }

        var named = x.Name is { } n ? doc.Package.Projects.FirstOrDefault(p => CellText.Same(n, p.Name)) : null;
        var view = ImportedView.Of(doc, named ?? doc.Package.Projects.FirstOrDefault());
        var table = x.Table is { } t ? view.Tables.FirstOrDefault(i => CellText.Normalise(i.Title).Contains(CellText.Normalise(t), StringComparison.Ordinal)) : null;
        var recognised = x.Table is not null ? table is not null : x.Name is not null ? named is not null : view.ProjectNames.Count > 0;
        Count(x, (view, table), tally, misses);
        return Result(x, recognised ? DocumentScore.Recognised : DocumentScore.Other, view.Kind, x.Table is null ? view.Template : null, tally, misses);
    }

    private sealed class Tally
    {
        public int HeaderRight, HeaderExpected, RowsFound, CellsRight, CellsExpected;
    }

    private static DocumentScore Result(ExpectedDocument x, string status, string? kind, string? template, Tally t, List<CellMiss> misses) =>
        new(x.Id, x.Kind, status, kind, template, t.HeaderRight, t.HeaderExpected, t.RowsFound, x.Rows.Count + x.TableRows.Count,
            t.CellsRight, t.CellsExpected, x.OtherTableRows, misses);

    private static void Count(ExpectedDocument x, (ImportedView View, ImportedTable? Table)? got, Tally t, List<CellMiss> misses)
    {
        void Cell(string where, string expected, string? actual, bool header)
        {
            var right = got is not null && CellText.Same(expected, actual);
            t.CellsExpected++;
            if (header) t.HeaderExpected++;
            if (right)
            {
                t.CellsRight++;
                if (header) t.HeaderRight++;
            }
            else if (got is not null) misses.Add(new CellMiss(where, expected, actual));
        }

        var view = got?.View;
        var table = got?.Table;
        if (x.Unit is { } unit) Cell("unit", unit, view?.Unit, header: true);
        foreach (var (key, value) in x.Fields) Cell("field " + key, value, view?.Texts.GetValueOrDefault(key), header: true);
        foreach (var (key, value) in x.Funds)
            Cell("fund " + key, value, view?.Texts.GetValueOrDefault(key) ?? table?.Income.GetValueOrDefault(key), header: true);

        var matched = MatchRows(x.Rows, view?.Rows ?? []);
        for (var i = 0; i < x.Rows.Count; i++)
        {
            var row = x.Rows[i];
            var found = matched[i] is { } m ? view!.Rows[m] : null;
            if (found is not null) t.RowsFound++;
            else if (view is not null) misses.Add(new CellMiss($"row {i + 1} ({row.Name})", "found", null));
            for (var c = 0; c < ExpectedRow.Columns.Length; c++)
                if (row.Cells[c].Length > 0)
                    Cell($"row {i + 1} {ExpectedRow.Columns[c]}", row.Cells[c], found?[c], header: false);
        }

        for (var i = 0; i < x.TableRows.Count; i++)
        {
            var row = x.TableRows[i];
            var found = table?.Rows.FirstOrDefault(r => CellText.Label(r.Name) == CellText.Label(row.Name) || CellText.Label(r.Code) == CellText.Label(row.Name));
            if (found is not null) t.RowsFound++;
            Cell($"table row {i + 1} name", row.Name, found is null ? null : row.Name, header: false);
            for (var c = 0; c < row.Amounts.Count; c++)
                if (row.Amounts[c].Length > 0)
                    Cell($"table row {i + 1} ({row.Name}) amount {c + 1}", row.Amounts[c], found?.Amounts.ElementAtOrDefault(c), header: false);
        }
    }

    /// <summary>
    /// Which imported row each expected row is: first the unused row of the same name (the same 二级 preferred), then —
    /// for a row whose name is not printed — the unused row of the same 二级 and target.
    /// </summary>
    private static int?[] MatchRows(IReadOnlyList<ExpectedRow> expected, IReadOnlyList<IReadOnlyList<string>> got)
    {
        var used = new bool[got.Count];
        var match = new int?[expected.Count];
        int? Take(Func<IReadOnlyList<string>, bool> fits)
        {
            for (var g = 0; g < got.Count; g++)
                if (!used[g] && fits(got[g]))
                {
                    used[g] = true;
                    return g;
                }
            return null;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            if (e.Name.Length == 0) continue;
            match[i] = Take(r => CellText.Same(e.Name, r[2]) && CellText.Same(e.Level2, r[1])) ?? Take(r => CellText.Same(e.Name, r[2]));
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            if (e.Name.Length == 0 && e.Target.Length > 0)
                match[i] = Take(r => CellText.Same(e.Level2, r[1]) && CellText.Same(e.Target, r[3]));
        }
        return match;
    }
}
