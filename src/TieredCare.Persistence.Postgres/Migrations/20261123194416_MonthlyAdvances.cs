using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TieredCare.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyAdvances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdvanceRunIds",
                table: "SettlementRuns",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SettlementAdvanceLines",
                columns: table => new
                {
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    InstitutionCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    MonthPointValue = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    SelfPay = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Recorded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementAdvanceLines", x => new { x.RunId, x.InstitutionCode, x.Month });
                    table.ForeignKey(
                        name: "FK_SettlementAdvanceLines_SettlementRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "SettlementRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettlementRuns_Kind_Method_PeriodFrom",
                table: "SettlementRuns",
                columns: new[] { "Kind", "Method", "PeriodFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettlementAdvanceLines");

            migrationBuilder.DropIndex(
                name: "IX_SettlementRuns_Kind_Method_PeriodFrom",
                table: "SettlementRuns");

            migrationBuilder.DropColumn(
                name: "AdvanceRunIds",
                table: "SettlementRuns");
        }
    }
}
