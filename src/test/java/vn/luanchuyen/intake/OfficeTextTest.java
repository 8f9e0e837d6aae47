package vn.luanchuyen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.luanchuyen.intake.sheet.OfficeCell;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.model.Visibility;

/** How the cells of office lists read: dates as offices write them, posts with their bodies and units. */
class OfficeTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            04/07/2022        | 2022-07-04
            4.7.2022          | 2022-07-04
            4-7-2022          | 2022-07-04
            7/2022            | 2022-07
            07-2022           | 2022-07
            tháng 7/2022      | 2022-07
            2022              | 2022
            năm 2022          | 2022
            2022-07-04        | 2022-07-04
            2022-07           | 2022-07
            ~6/2020           | ~2020-06
            khoảng 2019       | ~2019
            31/02/2021        | none
            13/2021           | none
            1899              | none
            cuối năm 2021     | none
            """)
    void readsDatesAsOfficesWriteThemWithoutSharpeningThem(String written, String expected) {
        PartialDate d = OfficeDates.parse(new OfficeCell(written, null), false);
        assertThat(d == null ? null : d.toString()).isEqualTo(expected);
    }

    private static final Unit CUC_DUONG = new Unit("cuc-duong", null, "Cúc Đường", UnitType.XA, List.of(), null, null,
            List.of(), List.of(), Visibility.PUBLIC, null);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Bí thư                                   | bi-thu
            Bí thư Đảng ủy xã Cúc Đường              | bi-thu
            BÍ THƯ ĐẢNG ỦY                           | bi-thu
            Phó Bí thư Thường trực Đảng ủy           | pho-bi-thu-thuong-truc
            Phó Bí thư                               | pho-bi-thu
            Chủ tịch UBND xã                         | chu-tich-ubnd
            Chủ tịch Ủy ban nhân dân xã Cúc Đường    | chu-tich-ubnd
            Phó Chủ tịch HĐND                        | pho-chu-tich-hdnd
            PCT UBND                                 | pho-chu-tich-ubnd
            Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã | chu-tich-mttq
            Ủy viên Ban Thường vụ Huyện ủy           | uy-vien-btv
            UVBTV                                    | uy-vien-btv
            Tỉnh ủy viên                             | uy-vien-bch
            Chánh Văn phòng Huyện ủy                 | chanh-van-phong
            Trưởng phòng Nội vụ                      | truong-phong noi-vu
            Trưởng phòng Tài chính - Kế hoạch huyện  | truong-phong tai-chinh-ke-hoach
            Cán bộ Văn phòng UBND                    | can-bo van-phong-ubnd
            Cán bộ Huyện ủy                          | can-bo cap-uy
            Bí thư kiêm Chủ tịch UBND                | bi-thu; chu-tich-ubnd
            Phó Bí thư Đảng ủy, Chủ tịch HĐND xã     | pho-bi-thu; chu-tich-hdnd
            Bí thư Chi bộ thôn 3                     | none
            Bí thư Đoàn xã                           | none
            Giám đốc                                 | none
            Chủ tịch UBND xã Tràng Xá                | none
            """)
    void readsPostsWithTheirBodyAndUnitButNothingElse(String written, String expected) {
        var posts = new PostMatcher().match(written, CUC_DUONG);
        String found = posts.map(list -> String.join("; ", list.stream().map(p -> p.kind().id()
                + (p.department() != null ? " " + p.department().id() : "") + (p.body() != null ? " " + p.body().id() : ""))
                .toList())).orElse(null);
        assertThat(found).isEqualTo(expected);
    }
}
