package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PersonName;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.model.Visibility;

class BulletinCatalogTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        data = SampleProject.publicData();
    }

    @Test
    void makesOneBulletinPerDistrictAndYearWithRecordsAndOnePerReview() {
        List<BulletinSpec> specs = new BulletinCatalog().specs(data);
        assertThat(specs).extracting(BulletinSpec::fileName).containsExactly(
                "gia-nghia-2020.pdf", "gia-nghia-2021.pdf", "gia-nghia-2022.pdf",
                "lap-thach-2021.pdf", "lap-thach-2022.pdf",
                "nong-son-2022.pdf",
                "tam-duong-2017.pdf", "tam-duong-2019.pdf", "tam-duong-nghi-quyet-02-so-ket.pdf",
                "vo-nhai-2020.pdf", "vo-nhai-2021.pdf", "vo-nhai-2022.pdf");
        assertThat(specs).extracting(BulletinSpec::fileName).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z0-9-]+\\.pdf"));
    }

    @Test
    void fromAYearMakesNoneWhosePeriodEndsBeforeIt() {
        assertThat(new BulletinCatalog(2019).specs(data)).extracting(BulletinSpec::fileName).containsExactly(
                "gia-nghia-2020.pdf", "gia-nghia-2021.pdf", "gia-nghia-2022.pdf",
                "lap-thach-2021.pdf", "lap-thach-2022.pdf",
                "nong-son-2022.pdf",
                "tam-duong-2019.pdf", "tam-duong-nghi-quyet-02-so-ket.pdf",
                "vo-nhai-2020.pdf", "vo-nhai-2021.pdf", "vo-nhai-2022.pdf");
        // the review of May 2019 covers 2017 to 2019: it ends before 2020
        assertThat(new BulletinCatalog(2020).specs(data)).extracting(BulletinSpec::fileName)
                .doesNotContain("tam-duong-2019.pdf", "tam-duong-nghi-quyet-02-so-ket.pdf").contains("gia-nghia-2020.pdf");
        assertThat(new BulletinCatalog(2023).specs(data)).isEmpty();
        assertThat(new BulletinCatalog(BulletinConfig.EVERY_YEAR).specs(data)).isEqualTo(new BulletinCatalog().specs(data)).hasSize(12);
    }

    private static final Origin HERE = Origin.at(SourcePos.file("data/units/tinh.yaml"));

    private static Unit unit(String id, UnitType type, List<ParentLink> parents) {
        return new Unit(id, null, id, type, parents, null, null, List.of(), List.of(), Visibility.PUBLIC, HERE);
    }

    private static Tenure tenure(String unit, PostKind post, PartialDate from) {
        return new Tenure(unit, post, null, null, from, null, null, List.of(StartKind.LUAN_CHUYEN), null, null, List.of(), Visibility.PUBLIC,
                HERE);
    }

    /**
     * A province's bulletins start on the day its communes come right under it: a year whose
     * records all fell before that day has none; a record dated by its year alone may fall after it.
     */
    @Test
    void aProvinceHasABulletinForAYearOnlyIfARecordMayFallOnOrAfterTheDayItsCommunesCameUnderIt() {
        PartialDate reform = PartialDate.of(java.time.LocalDate.of(2025, 7, 1));
        List<Unit> units = List.of(unit("tw", UnitType.TRUNG_UONG, List.of()),
                unit("tinh", UnitType.TINH, List.of(new ParentLink("tw", null, null, HERE))),
                unit("huyen", UnitType.HUYEN, List.of(new ParentLink("tinh", null, null, HERE))),
                unit("xa", UnitType.XA, List.of(new ParentLink("huyen", null, PartialDate.of(java.time.LocalDate.of(2025, 6, 30)), HERE),
                        new ParentLink("tinh", reform, null, HERE))));
        java.util.function.Function<PartialDate, Dataset> withMoveTo = secondMove -> new Dataset(List.of(), units, List.of(
                new Cadre("cb", new PersonName("Nguyễn Văn A", null), Gender.NAM, "xa", null, List.of(
                        tenure("huyen", PostKind.CHANH_VAN_PHONG, new PartialDate(2020, 1, 0, false)),
                        tenure("xa", PostKind.BI_THU, new PartialDate(2025, 3, 0, false)),
                        tenure("huyen", PostKind.CHANH_VAN_PHONG, secondMove)), List.of(), List.of(), Visibility.PUBLIC, HERE)),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(new BulletinCatalog().specs(withMoveTo.apply(new PartialDate(2026, 2, 0, false)))).extracting(BulletinSpec::fileName)
                .contains("tinh-2026.pdf").doesNotContain("tinh-2025.pdf");
        assertThat(new BulletinCatalog().specs(withMoveTo.apply(PartialDate.ofYear(2025)))).extracting(BulletinSpec::fileName)
                .as("a move dated 2025 alone may be after the first of July").contains("tinh-2025.pdf");
    }

    @Test
    void aDistrictYearCoversTheWholeYear() {
        BulletinSpec spec = find("vo-nhai-2020.pdf");
        assertThat(spec.unit()).isEqualTo("vo-nhai");
        assertThat(spec.from()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(spec.to()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(spec.kind()).isEqualTo(BulletinSpec.DISTRICT_YEAR);
        assertThat(spec.title()).isEqualTo("Luân chuyển cán bộ ở huyện Võ Nhai năm 2020");
    }

    @Test
    void aReviewCoversTheProgrammeFromItsStartToTheReview() {
        BulletinSpec spec = find("tam-duong-nghi-quyet-02-so-ket.pdf");
        assertThat(spec.unit()).isEqualTo("tam-duong");
        assertThat(spec.from()).isEqualTo(PartialDate.ofYear(2017));
        assertThat(spec.to()).isEqualTo(new PartialDate(2019, 5, 0, true));
        assertThat(spec.kind()).isEqualTo(BulletinSpec.PROGRAMME_REVIEW);
        assertThat(spec.title()).isEqualTo("Sơ kết Nghị quyết số 02 ở huyện Tam Dương, khoảng tháng 5/2019");
    }

    @Test
    void makesABulletinOfAnyUnitAndPeriod() {
        BulletinSpec spec = new BulletinCatalog().period(data, "vo-nhai", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2021, 12));
        assertThat(spec.fileName()).isEqualTo("vo-nhai-2020-01-2021-12.pdf");
        assertThat(spec.title()).isEqualTo("Luân chuyển cán bộ ở huyện Võ Nhai từ tháng 1/2020 đến tháng 12/2021");
        assertThat(spec.kind()).isEqualTo(BulletinSpec.PERIOD);
    }

    @Test
    void refusesAnUnknownUnitOrAPeriodThatEndsBeforeItStarts() {
        BulletinCatalog catalog = new BulletinCatalog();
        assertThatThrownBy(() -> catalog.period(data, "vo-nhaii", PartialDate.ofYear(2020), PartialDate.ofYear(2020)))
                .isInstanceOf(BulletinException.class).hasMessageContaining("vo-nhaii");
        assertThatThrownBy(() -> catalog.period(data, "vo-nhai", PartialDate.ofYear(2021), PartialDate.ofYear(2020)))
                .isInstanceOf(BulletinException.class).hasMessageContaining("2021");
    }

    private static BulletinSpec find(String fileName) {
        return new BulletinCatalog().specs(data).stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
    }
}
