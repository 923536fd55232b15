using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Testing;

namespace TieredCare.Cli.Tests;

/// <summary><c>tieredcare abstracts import</c>: a hospital's file into the database with quality control, as an operator runs it.</summary>
public sealed class AbstractImportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Abstracts_are_checked_stored_and_grouped_and_the_failed_row_is_named(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out var reason) is null)
        {
            Assert.Skip(reason!);
        }

        await using var database = await TestDatabase.CreateAsync(provider);
        var region = TestRegion.Write(Path.Combine(database.Folder, "region"));
        (await CliTests.Run(null, "import", region, "--database", database.Setting)).ExitCode.ShouldBe(0);

        // Chinese headers, as a 首页 export has them; the second stay's costs do not add up to its total.
        var file = Path.Combine(database.Folder, "首页-2025-03.csv");
        await File.WriteAllTextAsync(file, """
            病案号,住院次数,医疗机构代码,性别,出生日期,年龄,入院日期,出院日期,实际住院天数,入院途径,出院科别,主要诊断编码,离院方式,综合医疗服务类,诊断类,治疗类,手术治疗费,康复类,中医类,西药类,中药类,血液和血液制品类,耗材类,其他类,总费用,自付金额,现住址区划代码,医疗付费方式
            C-001,1,H0002,1,1960-05-01,64,2025-03-03,2025-03-10,7,2,03,J18.900,1,800,1200,1000,0,0,0,2500,0,0,500,0,6000,1200,990102001001,2
            C-002,1,H0002,2,1975-03-12,49,2025-03-05,2025-03-09,4,2,03,J18.900,1,800,1200,1000,0,0,0,2500,0,0,500,0,6500,1200,990102002001,2

            """, Ct);
        var (code, output, _) = await CliTests.Run(null, "abstracts", "import", file, "--database", database.Setting);
        code.ShouldBe(0, output);
        output.ShouldContain("row 2 C-002 Failed: [QC-K01]");
        output.ShouldContain("stored 2 (replaced 0), rejected 0; QC passed 1, failed 1");
        output.ShouldContain("grouped 1 with qingchuan-demo-1.0");

        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        database.Options.Configure(builder);
        await using var db = new TieredCareDbContext(builder.Options);
        (await db.DischargeAbstracts.CountAsync(Ct)).ShouldBe(2);
        (await db.DrgGroupings.Where(g => g.Status == "success").CountAsync(Ct)).ShouldBe(1);
        (await db.AuditEntries.AnyAsync(e => e.EntityType == "discharge_abstracts", Ct)).ShouldBeTrue("importing health data is audited");
    }
}
