using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReReviewRectification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RectificationItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Requirement = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Response = table.Column<string>(type: "text", nullable: true),
                    ReopenReason = table.Column<string>(type: "text", nullable: true),
                    RaisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationItems_Organizations_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfEvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    FinalTotal = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    FinalGrade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SampleDrawId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReReviews_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReReviews_SelfEvaluations_SelfEvaluationId",
                        column: x => x.SelfEvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SampleDraws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    CandidateCount = table.Column<int>(type: "integer", nullable: false),
                    Drawn = table.Column<string>(type: "text", nullable: false),
                    DrawnBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SampleDraws", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_OwnerUnitId_State_DueDate",
                table: "RectificationItems",
                columns: new[] { "OwnerUnitId", "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_ProjectId",
                table: "RectificationItems",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_SourceKind_SourceReference",
                table: "RectificationItems",
                columns: new[] { "SourceKind", "SourceReference" });

            migrationBuilder.CreateIndex(
                name: "IX_ReReviews_ProjectId",
                table: "ReReviews",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReReviews_SelfEvaluationId",
                table: "ReReviews",
                column: "SelfEvaluationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SampleDraws_Year_DrawnAt",
                table: "SampleDraws",
                columns: new[] { "Year", "DrawnAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RectificationItems");

            migrationBuilder.DropTable(
                name: "ReReviews");

            migrationBuilder.DropTable(
                name: "SampleDraws");
        }
    }
}
