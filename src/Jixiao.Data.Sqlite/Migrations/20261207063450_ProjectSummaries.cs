using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorFacts",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RowKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    IdentityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetText = table.Column<string>(type: "TEXT", nullable: false),
                    HasActual = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActualText = table.Column<string>(type: "TEXT", nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TrendActual = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorFacts", x => new { x.VersionId, x.Position });
                    table.ForeignKey(
                        name: "FK_IndicatorFacts_DeclarationVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DeclarationVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorFacts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectFigures",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    Evaluated = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvaluationState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Historical = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ComputedGrade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PrintedTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PrintedGrade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExecutionRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BudgetYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SpentYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Funded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outsized = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFigures", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_ProjectFigures_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRuleCounts",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Example = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRuleCounts", x => new { x.ProjectId, x.RuleId });
                    table.ForeignKey(
                        name: "FK_ProjectRuleCounts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFacts_IdentityName_IdentityLevel1_IdentityLevel2",
                table: "IndicatorFacts",
                columns: new[] { "IdentityName", "IdentityLevel1", "IdentityLevel2" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorFacts_ProjectId_IsCurrent",
                table: "IndicatorFacts",
                columns: new[] { "ProjectId", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFigures_Stamp",
                table: "ProjectFigures",
                column: "Stamp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorFacts");

            migrationBuilder.DropTable(
                name: "ProjectFigures");

            migrationBuilder.DropTable(
                name: "ProjectRuleCounts");
        }
    }
}
