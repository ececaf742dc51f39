using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services;

/// <summary>
/// The Chinese a reader sees for what the audit trail stores in code terms: the action (`Update`, `Submit`) and the
/// few fields that are not form fields (`State` with its values). Form fields are stored under their Chinese name already.
/// </summary>
public static partial class AuditNames
{
    public static string Action(string action) => action switch
    {
        "Update" => "修改",
        "Create" => "创建",
        "Import" => "导入",
        "Adjust" => "发起调整",
        "Comment" => "审核意见",
        "Correct" => "发起更正",
        "Supersede" => "被更正版本替代",
        "Sync" => "同步指标库",
        "Resolve" => "关闭审核意见",
        "Attach" => "添加附件",
        "Dismiss" => "忽略审核问题",
        "Undismiss" => "撤销忽略审核问题",
        "Explain" => "说明审核问题",
        "SetRule" => "修改审核规则",
        "Detach" => "删除附件",
        "ExAnte" => "填写事前绩效评估",
        "BudgetDecision" => "确定结果应用预算建议",
        "Assign" => "分派重点绩效评价",
        "Accept" => "验收通过",
        "ReScore" => "复核评分",
        "DrawSample" => "抽评",
        "Raise" => "下达整改",
        "AnswerRectification" => "整改答复",
        "CloseRectification" => "整改销号",
        "ReopenRectification" => "要求重新整改",
        _ when Enum.TryParse<WorkflowAction>(action, out var a) => WorkflowActionNames.Chinese(a),
        _ => action,
    };

    public static string Field(string field) => field switch
    {
        "State" => "状态",
        "Light" => "监控灯",
        "TotalScore" => "总分",
        "Grade" => "评价等级",
        "ProfileId" => "评分规则",
        "Name" => "名称",
        "Project" => "项目",
        "File" => "文件",
        "Version" => "版本",
        "UserName" => "用户名",
        "Role" => "角色",
        _ => field,
    };

    /// <summary>
    /// A stored audit value as people read it: states, lights, grades, roles and rule profiles by their Chinese names
    /// (the log keeps the enum names, so older rows read the same).
    /// </summary>
    public static string? Value(string field, string? value) => value is null ? null : field switch
    {
        "State" when Enum.TryParse<FormState>(value, out var s) => FormStateNames.Chinese(s),
        "Light" when Enum.TryParse<Light>(value, out var l) => LightNames.Chinese(l),
        "Role" when Enum.TryParse<Role>(value, out var r) => RoleNames.Chinese(r),
        "ProfileId" => ProfileName(value),
        _ when field.EndsWith("完成档次", StringComparison.Ordinal) && Enum.TryParse<Tier>(value, out var t) => MonitoringWords.Chinese(t),
        _ => value,
    };

    /// <summary>A rule profile's display name for its id or tag (`SH-DISTRICT@1` → 上海区级（默认）); unknown ids stay.</summary>
    public static string ProfileName(string id) =>
        RuleProfiles.All.FirstOrDefault(p => string.Equals(p.Id, id.Split('@')[0], StringComparison.OrdinalIgnoreCase))?.DisplayName ?? id;

    /// <summary>
    /// A history note as people read it. Older comment rows were stored as `[indicator:{key}] text` (or `[project] text`);
    /// the key is an internal id, so it is dropped and the text named as a row comment.
    /// </summary>
    public static string? Comment(string? comment) =>
        comment is null ? null : LegacyAnchor().Match(comment) is { Success: true } m
            ? (m.Groups["kind"].Value == "indicator" ? "指标行意见：" : "") + comment[m.Length..].TrimStart()
            : comment;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[(?<kind>indicator|project)(?::[0-9a-fA-F-]{36})?\]")]
    private static partial System.Text.RegularExpressions.Regex LegacyAnchor();

    /// <summary>The role of the user who made the change (`UnitPreparer` → 单位填报人); blank for the system, unknown names stay.</summary>
    public static string? RoleName(string? role) =>
        role is null ? null : Enum.TryParse<Role>(role, out var r) ? RoleNames.Chinese(r) : role;

    /// <summary>The user column: changes made by the system itself (seeding, jobs) say so in Chinese.</summary>
    public static string User(string? userName) => userName is null or "system" ? "系统" : userName;
}
