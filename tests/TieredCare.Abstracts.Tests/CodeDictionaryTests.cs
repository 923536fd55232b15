using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class CodeDictionaryTests
{
    [Fact]
    public void A_folder_with_both_files_loads_codes_and_names()
    {
        using var folder = new TempFolder();
        folder.Write("icd10.tsv", "\uFEFFcode\tname\nJ18.900\t肺炎\nA18.808+I32.0*\t结核性心包炎\n");
        folder.Write("icd9cm3.tsv", "code\tname\r\n47.0901\t阑尾切除术\r\n");

        var codes = CodeDictionary.Load(folder.Path);

        codes.IsDiagnosis("J18.900").ShouldBeTrue();
        codes.IsDiagnosis("A18.808+I32.0*").ShouldBeTrue();
        codes.IsDiagnosis("47.0901").ShouldBeFalse();
        codes.IsProcedure("47.0901").ShouldBeTrue();
        codes.IsDiagnosis(null).ShouldBeFalse();
        codes.DiagnosisName("J18.900").ShouldBe("肺炎");
        codes.ProcedureName("47.0901").ShouldBe("阑尾切除术");
        codes.ProcedureName("00.0000").ShouldBeNull();
    }

    [Fact]
    public void A_missing_file_is_named_in_the_exception()
    {
        using var folder = new TempFolder();
        folder.Write("icd10.tsv", "code\tname\nJ18.900\t肺炎\n");

        var e = Should.Throw<FileNotFoundException>(() => CodeDictionary.Load(folder.Path));

        e.Message.ShouldContain("icd9cm3.tsv");
        e.FileName.ShouldBe(Path.Combine(folder.Path, "icd9cm3.tsv"));
    }

    [Theory]
    [InlineData("diagnosis\tname\nJ18.900\t肺炎\n", "line 1: the header must be 'code<TAB>name'")]
    [InlineData("code\tname\nJ18.900\n", "line 2: 1 cells, the header has 2")]
    [InlineData("code\tname\n\t肺炎\n", "line 2: the code is empty")]
    public void A_malformed_file_is_refused_with_its_name_and_line(string text, string problem)
    {
        var e = Should.Throw<InvalidDataException>(() =>
            CodeDictionary.Load(new StringReader(text), new StringReader("code\tname\n"), "dict"));

        e.Message.ShouldBe($"{Path.Combine("dict", "icd10.tsv")} {problem}");
    }

    [Fact]
    public void FromNames_keeps_the_names()
    {
        var codes = CodeDictionary.FromNames(new Dictionary<string, string> { ["J18.900"] = "肺炎" }, new Dictionary<string, string>());

        codes.DiagnosisName("J18.900").ShouldBe("肺炎");
        codes.Procedures.Count.ShouldBe(0);
    }

    [Fact]
    public void The_national_dictionaries_of_the_table_set_load_and_hold_the_fixture_codes()
    {
        var folder = NationalData.Folder;
        var codes = CodeDictionary.Load(folder);

        codes.Diagnoses.Count.ShouldBe(33_304);
        codes.Procedures.Count.ShouldBe(13_686);
        Fixture.Codes.Diagnoses.Keys.Where(c => c != "I32.0*").ShouldAllBe(c => codes.IsDiagnosis(c));
        Fixture.Codes.Procedures.Keys.ShouldAllBe(c => codes.IsProcedure(c));
        AbstractQuality.Check(Fixture.Valid, codes).ShouldBeEmpty();
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tieredcare-abstracts-{Guid.NewGuid():N}");

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
