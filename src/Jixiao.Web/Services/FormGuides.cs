namespace Jixiao.Web.Services;

/// <summary>The 填写说明 of one form page: a one-line summary (the collapsed line) and the few points people ask about.</summary>
public sealed record FormGuide(string Summary, IReadOnlyList<string> Points);

/// <summary>
/// The 填写说明 of every form page, in one place (shown collapsed at the top of the page by Shared/_FormGuide). Field-level
/// help lives with the field (<see cref="Domain.Forms.FieldDefinition.Help"/>) and is shown beside its input.
/// </summary>
public static class FormGuides
{
    public const string Declaration = "declaration";
    public const string NewProject = "new-project";
    public const string SelfEvaluation = "self-evaluation";
    public const string Monitoring = "monitoring";
    public const string DisclosureEdit = "disclosure-edit";
    public const string Import = "import";
    public const string DisclosureImport = "disclosure-import";
    public const string Organizations = "organizations";
    public const string Users = "users";
    public const string Deadlines = "deadlines";
    public const string Templates = "templates";
    public const string RuleProfiles = "rule-profiles";

    public static IReadOnlyDictionary<string, FormGuide> All { get; } = new Dictionary<string, FormGuide>
    {
        [Declaration] = new("先填项目信息和资金，再逐行填写绩效指标；右侧“实时审核”随时提示问题。",
        [
            "带 * 的项目必须填写；金额以元为单位，可写 1392000、1,392,000.00 或 139.2万。",
            "绩效指标每行写一个可检验的目标：三级指标写“做什么”，指标值写“做到多少”，如 =12(场)、≥95%、2024年10月底前。",
            "产出、效益、满意度指标都要有；成本指标写清金额上限，如 ≤20(万元)。",
            "随时点“保存”；离开页面前未保存的修改会提示，浏览器里也保留一份草稿可以恢复。",
            "填好后回到项目页点“提交”；有“错误”不能提交，“警告”需写明确认说明。",
        ]),
        [NewProject] = new("写项目名称和预算年度，创建后进入编辑页填写申报表。",
        [
            "项目名称与预算系统中的名称一致，同一单位同一年度不能重名。",
        ]),
        [SelfEvaluation] = new("填写全年执行数和各指标的实际完成值，系统按评分规则算出得分。",
        [
            "全年预算数、全年执行数以元为单位；执行率和得分自动计算。",
            "分值已按评分规则预填（产出与成本、效益、满意度、预算执行率各占的分值），可按实际调整，每组合计须相符。",
            "实际完成值与指标值写法相同，如 12场、96%；未完成的指标须写明偏差原因和改进措施。",
            "保存后可导出正式自评表（PDF、Excel、Word）。",
        ]),
        [Monitoring] = new("填写截至本月的预算执行数和各指标的完成情况，系统给出监控灯。",
        [
            "执行数为截至本月的累计数（元），执行率自动计算。",
            "完成情况写到目前为止的实际值，如“已完成 8 场”；偏离目标的指标选择偏差原因并写改进措施。",
            "出现红灯、黄灯时必须写明原因和措施。",
        ]),
        [DisclosureEdit] = new("修改预算公开表中的金额，保存前逐表核对合计。",
        [
            "金额单位以表头为准（多为万元），保留两位小数。",
            "合计行由各明细行相加；保存时会提示不相符的表和行。",
        ]),
        [Import] = new("上传已有的申报表、自评表或预算公开文件，先预览，确认无误后再保存。",
        [
            "支持 Excel（xlsx）、Word（docx）、PDF、网页（html）、md 和 txt 文件；扫描件需先转成文字。",
            "预览会列出识别出的每个项目和发现的问题；未识别的内容保留原文，不会丢失。",
            "多个文件可打包成 zip 批量导入，一个文件失败不影响其他文件。",
        ]),
        [DisclosureImport] = new("上传单位预算公开文件，预览各表后保存。",
        [
            "支持 Excel（xlsx）、Word（docx）、PDF、网页（html）、md 和 txt 文件。",
            "保存后可在预算公开页逐表核对，金额可再修改。",
        ]),
        [Organizations] = new("维护财政局、主管部门和预算单位的上下级关系；用户的数据范围由所属组织决定。",
        [
            "预算单位挂在主管部门下，主管部门挂在财政局下。",
        ]),
        [Users] = new("添加用户、分配角色和所属组织；新用户首次登录须修改临时密码。",
        [
            "单位填报人只能看到本单位的表；主管部门审核人看到所属单位的表；财政局审核人看到全部。",
            "人员离岗时请“停用”账号，而不是删除，修改记录仍保留其姓名。",
        ]),
        [Deadlines] = new("设置每年各阶段的截止日期，工作台和提醒通知按此显示。",
        [
            "日期按北京时间计算。",
            "截止前若干天，各单位填报人会收到提醒。",
        ]),
        [Templates] = new("按年度为本区选择各类表单使用的模板。",
        [
            "新建的表单按所选模板的表头、指标列和指标框架填写、审核、评分和导出。",
            "已有的表单保留创建时的模板，不会因改选而改变；未选择时使用上海市区级表单。",
        ]),
        [RuleProfiles] = new("为各年度或单张自评表选择评分规则；上表列出各规则的计分方法。",
        [
            "“应用到该年度”只改变该年度尚未提交的自评表。",
            "已提交的自评表显示“已锁定”，其评分规则不能再改。",
        ]),
    };

    /// <summary>The guide of <paramref name="key"/>; a key that is not in the catalogue is a programming error.</summary>
    public static FormGuide Of(string key) => All.TryGetValue(key, out var guide)
        ? guide
        : throw new ArgumentOutOfRangeException(nameof(key), key, "No 填写说明 for this page.");
}
