package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;

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
