using System.Text;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// The demo district's 整改事项 (ADR-062), all of 科技创新服务中心 raised by 区科委 from review comments of its
/// declarations, so `./run` shows kczx, kewei and finance one of each stage on 工作台 and /Rectifications: one
/// 待整改 already overdue, one 已答复 with its answer and an attachment, one 已销号.
/// </summary>
public static class DemoRectifications
{
    public const string AnswerAttachment = "整改情况说明.pdf";

    public static async Task AddAsync(JixiaoDbContext db, DateOnly today, CancellationToken ct)
    {
        var projects = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.InnovationCentre).OrderBy(p => p.Year).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.UnitId }).Take(3).ToListAsync(ct);
        if (projects.Count == 0) return;
        var at = DateTimeOffset.UtcNow;
        RectificationItem Item(int i, string finding, string requirement, DateOnly due, int daysAgo)
        {
            var p = projects[i % projects.Count];
            var item = new RectificationItem
            {
                Id = Guid.NewGuid(),
                SourceKind = RectificationSourceKind.Review,
                SourceReference = RectificationSources.ReviewReference(false, p.Id),
                SourceText = finding,
                OwnerUnitId = p.UnitId,
                ProjectId = p.Id,
                Requirement = requirement,
                DueDate = due,
                RaisedBy = "区科委审核人",
                RaisedAt = at.AddDays(-daysAgo),
                UpdatedAt = at.AddDays(-daysAgo),
            };
            db.RectificationItems.Add(item);
            return item;
        }

        Item(0, "绩效目标中的满意度指标未设置目标值，无法考核。", "补充服务对象满意度指标的目标值及其测算依据。", today.AddDays(-5), 65);

        var answered = Item(1, "项目实施计划未分解到季度，进度无法监控。", "将实施计划分解到季度并明确责任人。", today.AddDays(20), 40);
        answered.Move(RectificationAction.Answer, "已将实施计划分解到四个季度，每季度明确责任人和完成标准，详见附件。", at.AddDays(-3));
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        db.FormAttachments.Add(new FormAttachment
        {
            Id = Guid.NewGuid(),
            Form = AttachedForm.Rectification,
            FormId = answered.Id,
            ProjectId = answered.ProjectId!.Value,
            Name = AnswerAttachment,
            ContentType = "application/pdf",
            Size = bytes.Length,
            Bytes = bytes,
            UploadedBy = "科创中心填报人",
            UploadedAt = at.AddDays(-3),
        });

        var closed = Item(2, "部分设备购置单价高于市场询价。", "重新询价并按询价结果调整设备购置预算。", today.AddDays(-10), 90);
        closed.Move(RectificationAction.Answer, "已重新询价三家供应商，按最低报价调整预算，核减 2.4 万元。", at.AddDays(-20));
        closed.Move(RectificationAction.Close, null, at.AddDays(-15));
        await db.SaveChangesAsync(ct);
    }
}
