using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TieredCare.Persistence.Facts;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>
/// M3's monthly referral register (双向转诊登记) through the real server: every figure is checked against a count made
/// directly over the Referrals table, for a region, a network and an institution scope.
/// </summary>
public abstract class ReferralRegisterTests(ServerFixture server) : ApiTest(server)
{
    private const string Month = "2013-02";
    private const long FirstId = 913_000_001;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly string[] CountyCommunityMembers = [TestRegion.CountyHospital, TestRegion.TownshipCentre, TestRegion.OtherTownshipCentre, TestRegion.VillageClinic];

    /// <summary>Referrals of February 2013 (China time) and a few just outside it, without patients (patient-view tests own patients 1 and 2).</summary>
    private async Task SeedAsync()
    {
        await using var db = Server.OpenDb();
        if (await db.Referrals.AnyAsync(r => r.Id == FirstId, Ct))
        {
            return;
        }

        var id = FirstId;
        Referral R(ReferralDirection d, string from, string to, string? dept, DateTimeOffset submitted, ReferralStatus status, double? acceptH = null,
            double? arriveH = null, string? reason = null, bool emergency = false, bool inpatient = false) => new()
        {
            Id = id++, Direction = d, FromInstitutionCode = from, ToInstitutionCode = to, ToDepartmentCode = dept, DiagnosisCode = "I10", Status = status,
            SubmittedAt = submitted.ToUniversalTime(), AcceptedAt = acceptH is null ? null : submitted.AddHours(acceptH.Value).ToUniversalTime(),
            ArrivedAt = arriveH is null ? null : submitted.AddHours(acceptH!.Value + arriveH.Value).ToUniversalTime(), RejectReason = reason,
            IsEmergency = emergency, IsInpatient = inpatient,
        };
        DateTimeOffset At(int day, int hour) => new(2013, 2, day, hour, 0, 0, China);
        var (up, down, lateral) = (ReferralDirection.Up, ReferralDirection.Down, ReferralDirection.Lateral);
        db.Referrals.AddRange(
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, "03", At(1, 0), ReferralStatus.Completed, 2, 24),   // the first instant of the month
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, "03", At(3, 9), ReferralStatus.Arrived, 5, 48, emergency: true),
            R(up, TestRegion.OtherTownshipCentre, TestRegion.CountyHospital, "03", At(4, 10), ReferralStatus.Accepted, 1),
            R(up, TestRegion.VillageClinic, TestRegion.TownshipCentre, "02", At(5, 11), ReferralStatus.Rejected, reason: "床位已满"),
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, null, At(6, 12), ReferralStatus.Rejected, reason: "床位已满"),
            R(up, TestRegion.CountyHospital, TestRegion.CityHospital, "04", At(7, 13), ReferralStatus.Rejected, reason: "非本院诊疗范围"),
            R(up, TestRegion.TownshipCentre, TestRegion.CityHospital, "03", At(8, 14), ReferralStatus.Rejected),
            R(down, TestRegion.CountyHospital, TestRegion.TownshipCentre, "02", At(10, 8), ReferralStatus.Completed, 3, 12, inpatient: true),
            R(down, TestRegion.CountyHospital, TestRegion.OtherTownshipCentre, null, At(11, 8), ReferralStatus.Submitted, inpatient: true),
            R(down, TestRegion.CityHospital, TestRegion.CommunityCentre, null, At(12, 8), ReferralStatus.Accepted, 10, inpatient: true),
            R(down, TestRegion.CityHospital, TestRegion.CountyHospital, "03", At(13, 8), ReferralStatus.Arrived, 4, 30, emergency: true),
            R(lateral, TestRegion.TownshipCentre, TestRegion.OtherTownshipCentre, null, At(14, 8), ReferralStatus.Cancelled),
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, "03", At(15, 9), ReferralStatus.Draft), // not a referral yet: not counted
            R(up, TestRegion.CommunityCentre, TestRegion.CityHospital, "03", At(28, 23), ReferralStatus.Accepted, 7, emergency: true), // the last hour
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, "03", At(1, 0).AddSeconds(-1), ReferralStatus.Accepted, 1), // 31 January, China time
            R(up, TestRegion.TownshipCentre, TestRegion.CountyHospital, "03", new DateTimeOffset(2013, 3, 1, 0, 0, 0, China), ReferralStatus.Accepted, 1));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>The month's referrals of a scope, counted straight from the table (the month taken in China time here, independently).</summary>
    private async Task<List<Referral>> ExpectedAsync(IReadOnlyCollection<string>? scope)
    {
        await using var db = Server.OpenDb();
        var around = await db.Referrals.AsNoTracking().Where(r => r.Id >= FirstId - 1_000_000 && r.Id < FirstId + 1_000_000).ToListAsync(Ct);
        return around.Where(r => r.Status != ReferralStatus.Draft)
            .Where(r => r.SubmittedAt.ToOffset(China).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == Month)
            .Where(r => scope is null || scope.Contains(r.FromInstitutionCode) || scope.Contains(r.ToInstitutionCode)).ToList();
    }

    private static double? Median(List<double> xs)
    {
        if (xs.Count == 0)
        {
            return null;
        }

        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
    }

    private static void ShouldMatch(JsonNode register, List<Referral> expected)
    {
        register["month"]!.GetValue<string>().ShouldBe(Month);
        register["total"]!.GetValue<int>().ShouldBe(expected.Count);
        int Of(ReferralDirection d) => expected.Count(r => r.Direction == d);
        (register["byDirection"]!["up"]!.GetValue<int>(), register["byDirection"]!["down"]!.GetValue<int>(), register["byDirection"]!["lateral"]!.GetValue<int>())
            .ShouldBe((Of(ReferralDirection.Up), Of(ReferralDirection.Down), Of(ReferralDirection.Lateral)));
        register["byStatus"]!.AsArray().ToDictionary(s => s!["status"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>())
            .ShouldBe(expected.GroupBy(r => TieredCare.Registry.Codes.ToCode(r.Status)).ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        register["downReferredInpatients"]!.GetValue<int>().ShouldBe(expected.Count(r => r.IsInpatient && r.Direction == ReferralDirection.Down));
        register["emergency"]!.GetValue<int>().ShouldBe(expected.Count(r => r.IsEmergency));

        register["rejections"]!.AsArray().Select(x => (x!["reason"]?.GetValue<string>(), x["count"]!.GetValue<int>())).ToList()
            .ShouldBe(expected.Where(r => r.Status == ReferralStatus.Rejected).GroupBy(r => r.RejectReason).Select(g => (g.Key, g.Count())).ToList(), ignoreOrder: true);

        foreach (var row in register["institutions"]!.AsArray())
        {
            var code = row!["institutionCode"]!.GetValue<string>();
            int Sent(ReferralDirection d) => expected.Count(r => r.FromInstitutionCode == code && r.Direction == d);
            int Received(ReferralDirection d) => expected.Count(r => r.ToInstitutionCode == code && r.Direction == d);
            (row["sentUp"]!.GetValue<int>(), row["sentDown"]!.GetValue<int>(), row["sentLateral"]!.GetValue<int>())
                .ShouldBe((Sent(ReferralDirection.Up), Sent(ReferralDirection.Down), Sent(ReferralDirection.Lateral)), code);
            (row["receivedUp"]!.GetValue<int>(), row["receivedDown"]!.GetValue<int>(), row["receivedLateral"]!.GetValue<int>())
                .ShouldBe((Received(ReferralDirection.Up), Received(ReferralDirection.Down), Received(ReferralDirection.Lateral)), code);
        }

        register["institutions"]!.AsArray().Select(r => r!["institutionCode"]!.GetValue<string>())
            .ShouldBe(expected.SelectMany(r => new[] { r.FromInstitutionCode, r.ToInstitutionCode }).Distinct(), ignoreOrder: true);
        register["departments"]!.AsArray().Select(d => (d!["institutionCode"]!.GetValue<string>(), d["departmentCode"]?.GetValue<string>(), d["referrals"]!.GetValue<int>()))
            .ShouldBe(expected.GroupBy(r => (r.ToInstitutionCode, r.ToDepartmentCode)).Select(g => (g.Key.ToInstitutionCode, g.Key.ToDepartmentCode, g.Count())), ignoreOrder: true);

        var accepted = expected.Where(r => r.AcceptedAt is not null).Select(r => (r.AcceptedAt!.Value - r.SubmittedAt).TotalHours).ToList();
        var arrived = expected.Where(r => r.AcceptedAt is not null && r.ArrivedAt is not null).Select(r => (r.ArrivedAt!.Value - r.AcceptedAt!.Value).TotalHours).ToList();
        (register["acceptedWithin"]!["referrals"]!.GetValue<int>(), register["acceptedWithin"]!["meanHours"]?.GetValue<double>(), register["acceptedWithin"]!["medianHours"]?.GetValue<double>())
            .ShouldBe((accepted.Count, accepted.Count == 0 ? null : Math.Round(accepted.Average(), 2), Median(accepted)));
        (register["arrivedWithin"]!["referrals"]!.GetValue<int>(), register["arrivedWithin"]!["meanHours"]?.GetValue<double>(), register["arrivedWithin"]!["medianHours"]?.GetValue<double>())
            .ShouldBe((arrived.Count, arrived.Count == 0 ? null : Math.Round(arrived.Average(), 2), Median(arrived)));
    }

    [Fact]
    public async Task The_register_of_a_month_matches_a_count_over_the_table_for_a_region_a_network_and_a_hospital()
    {
        await SeedAsync();
        var region = await Get(await As("admin"), $"/api/v1/referrals/register?month={Month}");
        var expected = await ExpectedAsync(null);
        expected.Count.ShouldBe(13, "the two referrals just outside February (China time) are not counted");
        ShouldMatch(region, expected);

        ShouldMatch(await Get(await As("ygt"), $"/api/v1/referrals/register?month={Month}"), await ExpectedAsync(CountyCommunityMembers));
        ShouldMatch(await Get(await As("wjw"), $"/api/v1/referrals/register?month={Month}&network={TestRegion.CountyCommunity}"), await ExpectedAsync(CountyCommunityMembers));
        ShouldMatch(await Get(await As("yyadmin"), $"/api/v1/referrals/register?month={Month}"), await ExpectedAsync([TestRegion.CountyHospital]));
        ShouldMatch(await Get(await As("admin"), $"/api/v1/referrals/register?month={Month}&institution={TestRegion.CityHospital}"), await ExpectedAsync([TestRegion.CityHospital]));
    }

    [Fact]
    public async Task The_register_refuses_a_bad_month_another_scope_and_roles_without_the_permission()
    {
        await SeedAsync();
        ErrorFields(await Get(await As("admin"), "/api/v1/referrals/register?month=2013-13", HttpStatusCode.BadRequest)).ShouldBe(["month"]);
        ErrorFields(await Get(await As("admin"), $"/api/v1/referrals/register?month={Month}&network=N9999", HttpStatusCode.BadRequest)).ShouldBe(["network"]);
        await Get(await As("ygt"), $"/api/v1/referrals/register?month={Month}&institution={TestRegion.CityHospital}", HttpStatusCode.Forbidden);
        await Get(await As("yyadmin"), $"/api/v1/referrals/register?month={Month}&network={TestRegion.CityGroup}", HttpStatusCode.Forbidden);
        (await (await As("ybj")).GetAsync($"/api/v1/referrals/register?month={Month}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("doctor")).GetAsync($"/api/v1/referrals/register/export?month={Month}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_register_exports_as_a_workbook_with_the_same_figures()
    {
        await SeedAsync();
        var admin = await As("admin");
        var json = await Get(admin, $"/api/v1/referrals/register?month={Month}");
        var response = await admin.GetAsync($"/api/v1/referrals/register/export?month={Month}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));

        MiniExcel.GetSheetNames(workbook).ShouldBe(["汇总", "按机构", "按科室", "拒绝原因"]);
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目"]!, r => r["数值"]);
        Convert.ToInt32(summary["转诊总人次"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(json["total"]!.GetValue<int>());
        Convert.ToInt32(summary["下转住院患者人次"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(json["downReferredInpatients"]!.GetValue<int>());
        Convert.ToDouble(summary["提交至接收 中位数(小时)"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(json["acceptedWithin"]!["medianHours"]!.GetValue<double>());

        var institutions = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "按机构").Cast<IDictionary<string, object?>>().ToList();
        institutions.Count.ShouldBe(json["institutions"]!.AsArray().Count);
        var county = institutions.Single(r => (string)r["机构代码"]! == TestRegion.CountyHospital);
        var countyJson = json["institutions"]!.AsArray().Single(r => r!["institutionCode"]!.GetValue<string>() == TestRegion.CountyHospital)!;
        Convert.ToInt32(county["上转转入"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(countyJson["receivedUp"]!.GetValue<int>());
        MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "按科室").Count().ShouldBe(json["departments"]!.AsArray().Count);
        var reasons = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "拒绝原因").Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["拒绝原因"]!, r => Convert.ToInt32(r["人次"], System.Globalization.CultureInfo.InvariantCulture));
        reasons["床位已满"].ShouldBe(2);
        reasons["（未填写）"].ShouldBe(1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReferralRegisterTests(SqliteServer server) : ReferralRegisterTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReferralRegisterTests(PostgresServer server) : ReferralRegisterTests(server);
