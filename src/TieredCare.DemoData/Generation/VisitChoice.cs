using TieredCare.DemoData.Model;
using TieredCare.Registry;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// Where residents of each village or community go for outpatient care: their clinic or
/// station, their township or community health centre, hospitals of their county, city
/// hospitals, and now and then a neighbouring county. The second year shifts a little more
/// care to the grassroots, as the reform plans aim.
/// </summary>
internal static class VisitChoice
{
    public static void Build(DemoWorld world)
    {
        var counties = world.Counties;
        foreach (var village in world.Villages)
        {
            var township = village.Township;
            var county = township.County;
            var neighbour = counties[(county.Index + 1) % counties.Count];
            var targets = new List<Institution>();
            var weights = new List<double>();
            var grassroots = new List<bool>();

            void Add(Institution institution, double weight, bool isGrassroots)
            {
                if (weight <= 0)
                {
                    return;
                }

                targets.Add(institution);
                weights.Add(weight);
                grassroots.Add(isGrassroots);
            }

            double clinic, centre, countyShare, cityShare, neighbourShare;
            if (county.IsDistrict)
            {
                (clinic, centre, countyShare, cityShare, neighbourShare) = (0.22, 0.44, 0.16, 0.18, 0.0);
            }
            else if (village.IsCommunity)
            {
                (clinic, centre, countyShare, cityShare, neighbourShare) = (0.2, 0.44, 0.29, 0.06, 0.01);
            }
            else
            {
                (clinic, centre, countyShare, cityShare, neighbourShare) = (0.3, 0.41, 0.22, 0.05, 0.02);
            }

            if (village.Clinic is null)
            {
                centre += clinic;
                clinic = 0;
            }

            var affinity = township.GrassrootsAffinity;
            if (village.Clinic is not null)
            {
                Add(village.Clinic, clinic * affinity, true);
            }

            Add(township.Centre!, centre * affinity * 0.97, true);
            var others = county.Townships.Where(t => t != township).ToList();
            if (others.Count > 0)
            {
                Add(others[village.Index % others.Count].Centre!, centre * affinity * 0.03, true);
            }

            AddHospitals(county.Hospitals, countyShare);
            AddHospitals(neighbour.Hospitals, neighbourShare);
            var cityWeights = world.CityHospitals.Select(h => h.OutpatientWeight * (h.County == county ? 2.0 : 1.0)).ToList();
            var cityTotal = cityWeights.Sum();
            for (var i = 0; i < world.CityHospitals.Count; i++)
            {
                Add(world.CityHospitals[i], cityShare * cityWeights[i] / cityTotal, false);
            }

            village.VisitTargets = targets.ToArray();
            village.VisitChoice[0] = new AliasTable(weights);
            village.VisitChoice[1] = new AliasTable(weights.Select((w, i) => grassroots[i] ? w * 1.035 : w).ToList());

            void AddHospitals(IReadOnlyList<Institution> hospitals, double share)
            {
                var total = hospitals.Sum(h => h.OutpatientWeight);
                if (total <= 0)
                {
                    return;
                }

                foreach (var hospital in hospitals)
                {
                    Add(hospital, share * hospital.OutpatientWeight / total, false);
                }
            }
        }
    }

    /// <summary>True when the institution is outside the hospital system proper (emergency, CDC).</summary>
    public static bool IsPublicHealth(Institution institution) =>
        institution.Type is InstitutionType.EmergencyCenter or InstitutionType.CdcCenter;
}
