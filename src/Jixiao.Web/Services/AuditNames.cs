using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services;

/// <summary>
/// The Chinese a reader sees for what the audit trail stores in code terms: the action (`Update`, `Submit`) and the
/// few fields that are not form fields (`State` with its values). Form fields are stored under their Chinese name already.
/// </summary>
public static class AuditNames
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
        _ when Enum.TryParse<WorkflowAction>(action, out var a) => WorkflowActionNames.Chinese(a),
        _ => action,
    };

    public static string Field(string field) => field switch
    {
        "State" => "状态",
        "Light" => "监控灯",
        "TotalScore" => "总分",
        "ProfileId" => "评分规则",
        "Name" => "名称",
        _ => field,
    };

    public static string? Value(string field, string? value) =>
        field == "State" && Enum.TryParse<FormState>(value, out var s) ? FormStateNames.Chinese(s) : value;
}
