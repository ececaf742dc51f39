namespace Jixiao.Domain.Disclosure;

/// <summary>
/// The catalogues known to the system, per budget year. Only the codes seen in the sources are held
/// (disclosure.md §2, §3: seed 003 [S] and the [S-2] examples); FinanceAdmin loads the full year's list.
/// </summary>
public static class ClassificationCatalogues
{
    private static readonly Dictionary<string, string> Function2021 = new()
    {
        ["206"] = "科学技术支出",
        ["20601"] = "科学技术管理事务",
        ["2060103"] = "机关服务",
        ["20605"] = "科技条件与服务",
        ["2060501"] = "机构运行",
        ["2060599"] = "其他科技条件与服务支出",
        ["208"] = "社会保障和就业支出",
        ["20805"] = "行政事业单位养老支出",
        ["2080502"] = "事业单位离退休",
        ["2080505"] = "机关事业单位基本养老保险缴费支出",
        ["2080506"] = "机关事业单位职业年金缴费支出",
        ["210"] = "卫生健康支出",
        ["21011"] = "行政事业单位医疗",
        ["2101102"] = "事业单位医疗",
        ["221"] = "住房保障支出",
        ["22102"] = "住房改革支出",
        ["2210201"] = "住房公积金",
    };

    private static readonly Dictionary<string, string> Economic2021 = new()
    {
        ["301"] = "工资福利支出",
        ["30101"] = "基本工资",
        ["30102"] = "津贴补贴",
        ["30103"] = "奖金",
        ["30106"] = "伙食补助费",
        ["30107"] = "绩效工资",
        ["30108"] = "机关事业单位基本养老保险缴费",
        ["30109"] = "职业年金缴费",
        ["30110"] = "职工基本医疗保险缴费",
        ["30111"] = "公务员医疗补助缴费",
        ["30112"] = "其他社会保障缴费",
        ["30113"] = "住房公积金",
        ["30199"] = "其他工资福利支出",
        ["302"] = "商品和服务支出",
        ["30201"] = "办公费",
        ["30211"] = "差旅费",
        ["30215"] = "会议费",
        ["30216"] = "培训费",
        ["30217"] = "公务接待费",
        ["30228"] = "工会经费",
        ["30229"] = "福利费",
        ["30299"] = "其他商品和服务支出",
        ["303"] = "对个人和家庭的补助",
        ["30309"] = "奖励金",
        ["30399"] = "其他对个人和家庭的补助支出",
        ["310"] = "资本性支出",
        ["31002"] = "办公设备购置",
    };

    private static readonly Dictionary<int, ClassificationCatalogue> ByYear = new()
    {
        [2021] = new ClassificationCatalogue(2021, Function2021, Economic2021),
    };

    /// <summary>The catalogue of <paramref name="year"/>, or null when none is loaded (DSC-12 then reports that).</summary>
    public static ClassificationCatalogue? For(int year) => ByYear.GetValueOrDefault(year);
}
