using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TieredCare.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NetworkCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueVersions_Networks_NetworkCode",
                        column: x => x.NetworkCode,
                        principalTable: "Networks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiseaseCatalogueEntries",
                columns: table => new
                {
                    CatalogueId = table.Column<long>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LowestTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DownCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiseaseCatalogueEntries", x => new { x.CatalogueId, x.Line });
                    table.ForeignKey(
                        name: "FK_DiseaseCatalogueEntries_DiseaseCatalogueVersions_CatalogueId",
                        column: x => x.CatalogueId,
                        principalTable: "DiseaseCatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiseaseCatalogueVersions_NetworkCode_Version",
                table: "DiseaseCatalogueVersions",
                columns: new[] { "NetworkCode", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiseaseCatalogueEntries");

            migrationBuilder.DropTable(
                name: "DiseaseCatalogueVersions");
        }
    }
}
