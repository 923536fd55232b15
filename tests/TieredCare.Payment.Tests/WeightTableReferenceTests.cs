using TieredCare.Drg.Analytics;
using static TieredCare.Payment.Tests.BadInputTests;
using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>Group means from a weight table of another period (written by <c>tieredcare drg weights</c>).</summary>
public sealed class WeightTableReferenceTests
{
    [Fact]
    public void A_table_with_A_4000_rw_0_5_and_B_12000_rw_1_5_of_10_cases_each_has_m_8000_and_settles_like_the_period_itself()
    {
        // A table read from a file has no overall mean: m = (10 × 4000 + 10 × 12000) / 20 = 8000.
        var table = new DrgWeightTable([Weight("A", 4000m, 0.5m), Weight("B", 12000m, 1.5m)]);
        var fromTable = DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), table);
        var fromPeriod = Settle(TwoHospitals());

        fromTable.OverallMeanCost.ShouldBe(8000m);
        fromTable.Reference.ShouldBe("the weight table (2 DRGs)");
        fromTable.PointValue.ShouldBe(87.5m);
        fromTable.Hospitals.Select(h => h.Due).ShouldBe(fromPeriod.Hospitals.Select(h => h.Due));
        fromTable.Fingerprint.ShouldNotBe(fromPeriod.Fingerprint, "the reference figures are inputs: the table's case counts differ from the period's");
    }

    [Fact]
    public void The_published_weight_is_used_as_it_stands_so_an_adjusted_rw_of_0_6_gives_60_base_points()
    {
        // RW 0.6 against M 4000 (policy-adjusted weights, 同病同价): B_A = 60; outlier tests still use M = 4000 and m.
        var table = new DrgWeightTable([Weight("A", 4000m, 0.6m), Weight("B", 12000m, 1.5m)]);
        var settlement = DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), table);
        settlement.Line("x1")!.Points.ShouldBe(60m);
        settlement.Totals.Points.ShouldBe(420m);
    }

    [Fact]
    public void The_tables_overall_mean_is_used_when_it_carries_one()
    {
        var table = new DrgWeightTable([Weight("A", 4000m, 0.5m), Weight("B", 12000m, 1.5m)], overallMeanCost: 10000m);
        DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), table).OverallMeanCost.ShouldBe(10000m);
    }

    [Fact]
    public void A_weight_file_written_by_drg_weights_reads_back_into_a_reference()
    {
        const string file = "drg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\trisk\n" +
            "A\t\t2\t2\t4000.00\t5.0000\t0.5000\t0\t0.000000\tlow\n" +
            "B\t\t2\t2\t12000.00\t5.0000\t1.5000\t0\t0.000000\tlow\n";
        var table = DrgWeightTable.Read(new StringReader(file));
        DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), table).PointValue.ShouldBe(87.5m);
    }
}
