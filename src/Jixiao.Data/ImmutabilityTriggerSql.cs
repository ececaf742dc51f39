namespace Jixiao.Data;

/// <summary>
/// The database half of <see cref="ImmutabilityGuard"/>: triggers that refuse, inside the store itself, what the guard
/// refuses in the context — so raw SQL, another tool or a future code path cannot change a locked form either. The
/// lists are frozen with the <c>ImmutabilityTriggers</c> migrations that call this; changing them needs a new migration
/// (a test compares <see cref="LockedStates"/> with <c>FormStateNames.IsLocked</c>).
/// </summary>
public static class ImmutabilityTriggerSql
{
    /// <summary>Form states whose content is immutable (workflow.md §7), as stored (enum names).</summary>
    public static readonly IReadOnlyList<string> LockedStates = ["Approved", "Superseded", "Confirmed", "Published", "Imported", "Rejected"];

    /// <summary>
    /// Per form table, the columns that may not change while the row is in a locked state. Workflow columns (State,
    /// stamps, timestamps, flags, computed totals of a re-scoring) stay writable: a locked form still moves on.
    /// </summary>
    public static readonly IReadOnlyList<(string Table, string[] Columns)> FormTables =
    [
        ("DeclarationVersions", ["Content", "ProjectId", "Number", "Origin", "FindingsSnapshot"]),
        ("SelfEvaluations", ["Content", "ScoreSnapshot", "ProjectId", "DeclarationVersionId", "ProfileId"]),
        ("MonitoringReports", ["Content", "ProjectId", "PeriodEndMonth"]),
        ("Disclosures", ["Content", "UnitId", "Year", "Version", "CorrectionNote"]),
    ];

    public const string AuditTable = "AuditEvents";

    /// <summary>The refusal text; the web layer recognises it to answer a Chinese 409 instead of a server error.</summary>
    public const string LockedMessage = "数据库拒绝：已锁定的表单（已批复、已确认、已公开、历史导入等）不能修改内容或删除，只能通过调整或更正生成新版本。";
    public const string AuditMessage = "数据库拒绝：审计记录只能追加，不能修改或删除。";

    /// <summary>True when an exception (or one of its inner exceptions) is a refusal raised by these triggers.</summary>
    public static bool IsRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e.Message.Contains(LockedMessage, StringComparison.Ordinal) || e.Message.Contains(AuditMessage, StringComparison.Ordinal))
                return true;
        return false;
    }

    private static string StateList => string.Join(", ", LockedStates.Select(s => $"'{s}'"));

    public static IEnumerable<string> SqliteUp()
    {
        foreach (var (table, columns) in FormTables)
            foreach (var sql in SqliteTableUp(table, columns)) yield return sql;
        yield return $"""
            CREATE TRIGGER "TR_{AuditTable}_NoUpdate" BEFORE UPDATE ON "{AuditTable}"
            BEGIN SELECT RAISE(ABORT, '{AuditMessage}'); END;
            """;
        yield return $"""
            CREATE TRIGGER "TR_{AuditTable}_NoDelete" BEFORE DELETE ON "{AuditTable}"
            BEGIN SELECT RAISE(ABORT, '{AuditMessage}'); END;
            """;
    }

    /// <summary>The two triggers of one form table (also for a form table added after the first triggers, by its own migration).</summary>
    public static IEnumerable<string> SqliteTableUp(string table, string[] columns)
    {
        var changed = string.Join(" OR ", columns.Select(c => $"NEW.\"{c}\" IS NOT OLD.\"{c}\""));
        yield return $"""
            CREATE TRIGGER "TR_{table}_LockedUpdate" BEFORE UPDATE ON "{table}"
            FOR EACH ROW WHEN OLD."State" IN ({StateList}) AND ({changed})
            BEGIN SELECT RAISE(ABORT, '{LockedMessage}'); END;
            """;
        yield return $"""
            CREATE TRIGGER "TR_{table}_LockedDelete" BEFORE DELETE ON "{table}"
            FOR EACH ROW WHEN OLD."State" IN ({StateList})
            BEGIN SELECT RAISE(ABORT, '{LockedMessage}'); END;
            """;
    }

    /// <summary>
    /// A form table added after the ImmutabilityTriggers migrations, with the columns its own migration guards
    /// (<see cref="FormTables"/> is frozen with those migrations): the 重点绩效评价 (ADR-059).
    /// </summary>
    public static readonly (string Table, string[] Columns) ExternalEvaluations =
        ("ExternalEvaluations", ["Content", "ProjectId", "FrameworkId", "TotalScore", "Grade", "EvaluatorOrgId"]);

    /// <summary>
    /// The 复核 (ADR-058, ADR-063): once finance confirms it (已确认) its scores, reasons, final total and grade, flag and the
    /// 自评表 and draw it belongs to are fixed in the store too.
    /// </summary>
    public static readonly (string Table, string[] Columns) ReReviews =
        ("ReReviews", ["Content", "SelfEvaluationId", "ProjectId", "FinalTotal", "FinalGrade", "HasDifference", "SampleDrawId"]);

    /// <summary>The PostgreSQL triggers of one form table, on the functions <see cref="PostgresUp"/> created.</summary>
    public static IEnumerable<string> PostgresTableUp(string table, string[] columns)
    {
        var args = string.Join(", ", columns.Select(c => $"'{c}'"));
        yield return $"""
            CREATE TRIGGER "TR_{table}_Locked" BEFORE UPDATE OR DELETE ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION jixiao_refuse_locked_change({args});
            """;
        yield return $"""
            CREATE TRIGGER "TR_{table}_LockedTruncate" BEFORE TRUNCATE ON "{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION jixiao_refuse_locked_truncate();
            """;
    }

    public static IEnumerable<string> SqliteDown()
    {
        foreach (var (table, _) in FormTables)
        {
            yield return $"DROP TRIGGER IF EXISTS \"TR_{table}_LockedUpdate\";";
            yield return $"DROP TRIGGER IF EXISTS \"TR_{table}_LockedDelete\";";
        }
        yield return $"DROP TRIGGER IF EXISTS \"TR_{AuditTable}_NoUpdate\";";
        yield return $"DROP TRIGGER IF EXISTS \"TR_{AuditTable}_NoDelete\";";
    }

    /// <summary>
    /// PostgreSQL: one row-trigger function for all form tables (the guarded columns are the trigger's arguments,
    /// compared through to_jsonb so any column type works), one for the audit table, and TRUNCATE guards, since
    /// TRUNCATE skips row triggers.
    /// </summary>
    public static IEnumerable<string> PostgresUp()
    {
        yield return $$"""
            CREATE FUNCTION jixiao_refuse_locked_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
            DECLARE col text;
            BEGIN
              IF OLD."State" IN ({{StateList}}) THEN
                IF TG_OP = 'DELETE' THEN
                  RAISE EXCEPTION '{{LockedMessage}}' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                FOREACH col IN ARRAY TG_ARGV LOOP
                  IF to_jsonb(NEW) -> col IS DISTINCT FROM to_jsonb(OLD) -> col THEN
                    RAISE EXCEPTION '{{LockedMessage}}' USING ERRCODE = 'integrity_constraint_violation', DETAIL = TG_TABLE_NAME || '.' || col;
                  END IF;
                END LOOP;
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END $fn$;
            """;
        yield return $$"""
            CREATE FUNCTION jixiao_refuse_locked_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
            DECLARE locked boolean;
            BEGIN
              EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE "State" IN ({{StateList.Replace("'", "''")}}))', TG_TABLE_NAME) INTO locked;
              IF locked THEN
                RAISE EXCEPTION '{{LockedMessage}}' USING ERRCODE = 'integrity_constraint_violation';
              END IF;
              RETURN NULL;
            END $fn$;
            """;
        yield return $$"""
            CREATE FUNCTION jixiao_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
              RAISE EXCEPTION '{{AuditMessage}}' USING ERRCODE = 'integrity_constraint_violation';
            END $fn$;
            """;
        foreach (var (table, columns) in FormTables)
            foreach (var sql in PostgresTableUp(table, columns)) yield return sql;
        yield return $"""
            CREATE TRIGGER "TR_{AuditTable}_AppendOnly" BEFORE UPDATE OR DELETE OR TRUNCATE ON "{AuditTable}"
            FOR EACH STATEMENT EXECUTE FUNCTION jixiao_refuse_audit_change();
            """;
    }

    public static IEnumerable<string> PostgresDown()
    {
        foreach (var (table, _) in FormTables)
        {
            yield return $"DROP TRIGGER IF EXISTS \"TR_{table}_Locked\" ON \"{table}\";";
            yield return $"DROP TRIGGER IF EXISTS \"TR_{table}_LockedTruncate\" ON \"{table}\";";
        }
        yield return $"DROP TRIGGER IF EXISTS \"TR_{AuditTable}_AppendOnly\" ON \"{AuditTable}\";";
        yield return "DROP FUNCTION IF EXISTS jixiao_refuse_locked_change();";
        yield return "DROP FUNCTION IF EXISTS jixiao_refuse_locked_truncate();";
        yield return "DROP FUNCTION IF EXISTS jixiao_refuse_audit_change();";
    }
}
