package vn.luanchuyen.intake;

import java.util.List;
import java.util.Optional;
import vn.luanchuyen.text.Fold;

/**
 * The columns of a personnel list, by the headings offices give them; case and diacritics do not
 * matter ("HỌ VÀ TÊN", "Ho va ten"). The last few are the ones {@code export --format csv}
 * writes, so that an exported table can be read back.
 */
enum Column {
    CODE("Mã", "Mã cán bộ", "Mã số"),
    NAME("Họ và tên", "Họ tên", "Họ, tên"),
    GENDER("Giới tính"),
    HOMETOWN("Quê quán"),
    POST("Chức vụ", "Chức danh"),
    DEPARTMENT("Phòng", "Phòng ban"),
    BODY("Cơ quan"),
    UNIT("Đơn vị", "Đơn vị công tác", "Nơi công tác"),
    UNIT_ID("Mã đơn vị"),
    FROM("Từ ngày", "Ngày bắt đầu"),
    FROM_APPROXIMATE("Từ ngày ước tính"),
    TO("Đến ngày", "Ngày kết thúc"),
    TO_APPROXIMATE("Đến ngày ước tính"),
    HELD_ON("Giữ chức ngày"),
    BEGAN("Hình thức"),
    DECISION_NUMBER("Số quyết định"),
    DECISION_DATE("Ngày quyết định"),
    SOURCE("Nguồn");

    /** Row numbers, which need no reading. */
    static final List<String> ROW_NUMBERS = List.of("stt", "tt", "so tt", "so thu tu");

    private final List<String> headings;

    Column(String... headings) {
        this.headings = List.of(headings);
    }

    /** The heading to show in messages: "Họ và tên". */
    String heading() {
        return headings.get(0);
    }

    static Optional<Column> of(String heading) {
        String key = Fold.key(heading);
        for (Column c : values()) {
            if (c.headings.stream().anyMatch(h -> Fold.key(h).equals(key))) return Optional.of(c);
        }
        return Optional.empty();
    }
}
