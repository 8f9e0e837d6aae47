package vn.luanchuyen.model;

/**
 * The defined set of indicators that targets and declared figures speak of. {@link Measure}
 * says whether a value is a count, a share (a count out of a whole, shown as a percentage) or a
 * count per year.
 */
public enum Indicator implements Term {
    MOVES("số lượt điều động, luân chuyển", Measure.COUNT),
    MOVES_MANAGED_BY_STANDING_BOARD("số lượt cán bộ diện Ban Thường vụ quản lý được điều động, luân chuyển", Measure.COUNT),
    MOVES_TO_KEY_GRASSROOTS_POSTS("số cán bộ luân chuyển giữ chức vụ chủ chốt cấp cơ sở", Measure.COUNT),
    MOVES_DOWN_PER_TERM("số cán bộ luân chuyển về cơ sở mỗi nhiệm kỳ", Measure.COUNT),
    MOVES_DOWN_PER_YEAR("số cán bộ luân chuyển về cơ sở mỗi năm", Measure.PER_YEAR),
    MOVES_LATERAL_PER_YEAR("số cán bộ luân chuyển từ xã này sang xã khác mỗi năm", Measure.PER_YEAR),
    UNITS_WITH_NON_LOCAL_KEY_CADRE("số đơn vị cấp xã có cán bộ chủ chốt không là người địa phương", Measure.SHARE),
    NON_LOCAL_BI_THU("tỷ lệ đơn vị cấp xã có Bí thư không là người địa phương", Measure.SHARE),
    NON_LOCAL_CHU_TICH_UBND("tỷ lệ đơn vị cấp xã có Chủ tịch UBND không là người địa phương", Measure.SHARE),
    HEADS_WITHIN_TWO_TERMS("tỷ lệ người đứng đầu không quá hai nhiệm kỳ liên tiếp", Measure.SHARE),
    WOMEN_IN_PLANNING("tỷ lệ nữ trong quy hoạch", Measure.SHARE),
    YOUNG_IN_PLANNING("tỷ lệ cán bộ trẻ trong quy hoạch", Measure.SHARE),
    UNIVERSITY_DEGREE("tỷ lệ cán bộ, công chức có trình độ đại học trở lên", Measure.SHARE),
    POLITICAL_THEORY("tỷ lệ cán bộ, công chức có trình độ lý luận chính trị", Measure.SHARE),
    ADVANCED_POLITICAL_THEORY("tỷ lệ cán bộ, công chức có trình độ cao cấp lý luận chính trị", Measure.SHARE),
    BI_THU_ALSO_CHU_TICH_UBND("số đơn vị có Bí thư đồng thời là Chủ tịch UBND", Measure.COUNT),
    BI_THU_ALSO_CHU_TICH_HDND("số đơn vị có Bí thư đồng thời là Chủ tịch HĐND", Measure.COUNT),
    PHO_BI_THU_ALSO_CHU_TICH_HDND("số đơn vị có Phó Bí thư đồng thời là Chủ tịch HĐND", Measure.COUNT),
    FULL_TIME_CHU_TICH_HDND("số đơn vị có Chủ tịch HĐND chuyên trách", Measure.COUNT),
    CADRES_EVALUATED("số cán bộ được đánh giá", Measure.COUNT),
    CADRES_RATED_GOOD_OR_BETTER("số cán bộ hoàn thành tốt nhiệm vụ trở lên", Measure.SHARE);

    /** What kind of number an indicator is. */
    public enum Measure { COUNT, SHARE, PER_YEAR }

    private final String label;
    private final Measure measure;

    Indicator(String label, Measure measure) {
        this.label = label;
        this.measure = measure;
    }

    @Override
    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }
}
