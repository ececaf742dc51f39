using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Data.Backup;

/// <summary>A database's refusal during a restore as one Chinese line: which table, what kind of error, its code.</summary>
public static class RestoreErrors
{
    public static string Explain(Exception e, string? table)
    {
        var where = table is null ? "" : $"表 {table} 中的";
        if (e is JsonException) return $"备份包中{where}记录无法读取（不是有效的 JSON 行）。目标数据库中没有写入任何记录。";
        var (code, meaning) = Cause(e);
        return $"数据库拒绝写入备份包中{where}记录（{meaning}，错误代码 {code}）。目标数据库中没有写入任何记录。";
    }

    private static (string Code, string Meaning) Cause(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PostgresException pg:
                    return (pg.SqlState, pg.SqlState switch
                    {
                        "23505" => "主键或唯一值重复",
                        "23503" => "引用的记录不存在",
                        "23502" => "必填字段为空",
                        "23514" => "不符合数据库的约束",
                        "22001" => "文本超过字段允许的长度",
                        "22021" or "22P05" => "文本含数据库无法保存的字符",
                        "P0001" => "数据库触发器拒绝了写入",
                        _ => "数据库错误",
                    });
                case SqliteException sqlite:
                    return ($"SQLite {sqlite.SqliteExtendedErrorCode}", sqlite.SqliteErrorCode switch
                    {
                        19 => "违反主键、唯一值、引用或约束",
                        _ => "数据库错误",
                    });
            }
        }
        return (e.GetType().Name, "数据库错误");
    }
}
