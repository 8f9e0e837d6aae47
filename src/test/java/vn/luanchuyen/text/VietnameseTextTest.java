package vn.luanchuyen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PersonName;

class VietnameseTextTest {
    @Test
    void namesAreFiledUnderTheirLetterWithoutToneButWithItsOwnMarks() {
        assertThat(Stream.of("Ánh", "ấn", "Ước", "đức", "Ỳ", "ơn", "Ăn", "A\u0301nh", "Bình", "", "1A", "«Hà»")
                .map(VietnameseLetters::initial))
                .containsExactly("A", "Â", "Ư", "Đ", "Y", "Ơ", "Ă", "A", "B", "#", "#", "#");
        assertThat(Stream.of("A", "Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư", "Y", "#").map(VietnameseLetters::slug))
                .containsExactly("a", "aw", "aa", "dd", "ee", "oo", "ow", "uw", "y", "khac");
    }

    @Test
    void foldsDiacriticsAndDWithStroke() {
        assertThat(Fold.key("Đặng")).isEqualTo(Fold.key("dang"));
        assertThat(Fold.key("Quỳnh Lưu")).isEqualTo("quynh luu");
        assertThat(Fold.key("Hoà")).isEqualTo(Fold.key("Hòa"));
        assertThat(Fold.slug("Nguyễn Hồng Sơn")).isEqualTo("nguyen-hong-son");
        assertThat(Fold.slug("Đỗ Đức Huynh")).isEqualTo("do-duc-huynh");
    }

    @Test
    void sortsPeopleByTenThenHoThenDemWithVietnameseCollation() {
        List<String> sorted = Stream.of("Vũ Thị Hà", "Đỗ Đình Hà", "Nguyễn Ngọc Anh", "Hoàng Hồng Hạnh", "Nguyễn Văn Quý",
                        "Đỗ Đức Huynh", "Dương Văn Hà", "Nguyễn Hồng Sơn")
                .map(n -> new PersonName(n, null))
                .sorted(PersonOrder.comparator())
                .map(PersonName::full).toList();
        // Anh < Hà (Dương < Đỗ < Vũ: d before đ) < Hạnh < Huynh < Quý < Sơn
        assertThat(sorted).containsExactly("Nguyễn Ngọc Anh", "Dương Văn Hà", "Đỗ Đình Hà", "Vũ Thị Hà", "Hoàng Hồng Hạnh",
                "Đỗ Đức Huynh", "Nguyễn Văn Quý", "Nguyễn Hồng Sơn");
    }

    @Test
    void keysOfNamesSortAsTheComparatorDoes() {
        // names equal by the rules but not in code points, tones, đ, compound family names, two-part names
        List<PersonName> names = Stream.of("Vũ Thị Hà", "Đỗ Đình Hà", "Nguyễn Ngọc Anh", "Hoàng Hồng Hạnh", "Nguyễn Văn Quý",
                        "Đỗ Đức Huynh", "Dương Văn Hà", "Nguyễn Hồng Sơn", "Lê Hoà", "Lê Hòa", "Lê Văn Hoà", "Dương Hà", "Đặng Hà",
                        "Tôn Nữ Thị Ninh", "Ninh", "Lò Văn Kiểm", "Lò Văn Kiếm", "Lò Văn Kiềm")
                .map(n -> new PersonName(n, n.startsWith("Tôn Nữ") ? "Tôn Nữ" : null)).toList();
        var keys = PersonOrder.keys();
        List<String> byKeys = names.stream().sorted(java.util.Comparator.comparing(keys)).map(PersonName::full).toList();
        List<String> byComparator = names.stream().sorted(PersonOrder.comparator()).map(PersonName::full).toList();
        assertThat(byKeys).isEqualTo(byComparator);
        assertThat(byKeys.indexOf("Dương Hà")).isLessThan(byKeys.indexOf("Đặng Hà"));
    }

    @Test
    void splitsNamesIntoHoDemTen() {
        PersonName n = new PersonName("Võ Phạm Xuân Lâm", null);
        assertThat(List.of(n.ho(), n.dem(), n.ten())).containsExactly("Võ", "Phạm Xuân", "Lâm");
        PersonName compound = new PersonName("Tôn Nữ Thị Ninh", "Tôn Nữ");
        assertThat(List.of(compound.ho(), compound.dem(), compound.ten())).containsExactly("Tôn Nữ", "Thị", "Ninh");
    }

    @Test
    void writesDatesAsVietnameseTextsDo() {
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2022, 7, 4))).isEqualTo("Thứ Hai, 04/07/2022");
        assertThat(VietnameseDates.withWeekday(LocalDate.of(2019, 5, 30))).isEqualTo("Thứ Năm, 30/05/2019");
        assertThat(VietnameseDates.of(PartialDate.ofMonth(2020, 3))).isEqualTo("tháng 3/2020");
        assertThat(VietnameseDates.of(new PartialDate(2021, 0, 0, true))).isEqualTo("khoảng năm 2021");
    }

    @Test
    void writesNumbersWithVietnameseSeparators() {
        assertThat(VietnameseNumbers.of(4106)).isEqualTo("4.106");
        assertThat(VietnameseNumbers.percent(new java.math.BigDecimal("18.5"))).isEqualTo("18,5%");
        assertThat(VietnameseNumbers.percent(new java.math.BigDecimal("35"))).isEqualTo("35%");
    }
}
