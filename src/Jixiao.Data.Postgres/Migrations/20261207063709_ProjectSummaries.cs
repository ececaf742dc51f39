using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
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
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RowKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    IdentityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityLevel1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentityLevel2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level1 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetText = table.Column<string>(type: "text", nullable: false),
                    HasActual = table.Column<bool>(type: "boolean", nullable: false),
                    ActualText = table.Column<string>(type: "text", nullable: true),
                    Weight = table.Column<decimal>(type: "numeric", nullable: true),
                    Score = table.Column<decimal>(type: "numeric", nullable: true),
                    TrendActual = table.Column<string>(type: "text", nullable: true)
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
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    Evaluated = table.Column<bool>(type: "boolean", nullable: false),
                    EvaluationState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Historical = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedTotal = table.Column<decimal>(type: "numeric", nullable: true),
                    ComputedGrade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PrintedTotal = table.Column<decimal>(type: "numeric", nullable: true),
                    PrintedGrade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ExecutionRate = table.Column<decimal>(type: "numeric", nullable: true),
                    BudgetYuan = table.Column<decimal>(type: "numeric", nullable: true),
                    SpentYuan = table.Column<decimal>(type: "numeric", nullable: true),
                    Funded = table.Column<bool>(type: "boolean", nullable: false),
                    Outsized = table.Column<bool>(type: "boolean", nullable: false)
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
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Example = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
