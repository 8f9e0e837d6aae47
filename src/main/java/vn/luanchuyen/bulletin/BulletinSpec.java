package vn.luanchuyen.bulletin;

import vn.luanchuyen.model.PartialDate;

/**
 * One bulletin to make: the file it goes to ({@code vo-nhai-2020.pdf}, unique, ASCII), its title,
 * the unit it is about, the period it covers (both ends included) and its kind:
 * {@value #DISTRICT_YEAR}, {@value #PROVINCE_YEAR}, {@value #PROGRAMME_REVIEW} or {@value #PERIOD}.
 */
public record BulletinSpec(String fileName, String title, String unit, PartialDate from, PartialDate to, String kind) {
    /** A district's records of one year. */
    public static final String DISTRICT_YEAR = "district-year";
    /** A province's records of one year once its communes sit right under it (the first such year from that day on). */
    public static final String PROVINCE_YEAR = "province-year";
    /** The review (sơ kết, tổng kết) of a programme, on the date of the review, over the programme's period. */
    public static final String PROGRAMME_REVIEW = "programme-review";
    /** Any unit over any period, asked for on the command line. */
    public static final String PERIOD = "period";
}
