package vn.luanchuyen.bulletin;

import java.util.List;

/**
 * What the bulletin templates read: every figure already computed and formatted (Vietnamese
 * numbers and dates), every name already composed, no prose. Optional parts are null or empty.
 * Templates read a record's fields as {@code view.scope.unitName}.
 */
public record BulletinView(Meta meta, Masthead masthead, Scope scope, Headline headline, String dateline,
                           Summary summary, List<MoveGroup> moveGroups, List<ResultGroup> results,
                           TrainingPart training, List<EvaluationPart> evaluations, List<FigureItem> figures,
                           List<ProgrammeItem> programmes, List<ReviewItem> reviews, Box box, List<MoveRow> moveTable,
                           List<TargetItem> ahead, List<SourceItem> sources, List<Quote> quotes, List<Photo> photos) {

    /** Document metadata; {@code internal} marks every page of an internal bulletin. */
    public record Meta(String title, String author, String subject, String keywords, String lang, boolean internal,
                       String dataVersion) {
    }

    /** From {@code templates/bulletin/bulletin.properties}. */
    public record Masthead(String publication, String section, String byline) {
    }

    /**
     * Which unit and period: "huyện Võ Nhai" ({@code unitName}), "Võ Nhai" ({@code unitShort}),
     * "tỉnh Thái Nguyên", "năm 2020" ({@code periodLabel}), "trong năm 2020" or
     * "từ tháng 1/2020 đến tháng 12/2021" ({@code periodPhrase}), its end ("năm 2020", "tháng 12/2021");
     * for a review bulletin the review.
     */
    public record Scope(String kind, String unitName, String unitShort, String province, String periodLabel,
                        String periodPhrase, String periodEnd, ReviewItem review, String reviewYears) {
    }

    /** The figure the headline is built on; {@code kind} says which sentence the template composes. */
    public record Headline(String kind, String value, String label, String target, boolean met, String when,
                           String place) {
    }

    /** Counts over the period for the lead paragraph; {@code told}: the moves told in paragraphs. */
    public record Summary(int moves, int told, int down, int up, int lateral, int unknown, int figures, int results,
                          String learners, int evaluations, int programmes, int reviews) {
    }

    /**
     * The moves of one direction ({@code down}, {@code up}, {@code lateral}, {@code unknown}): the
     * paragraphs told, and how many moves there are in all ({@code total}); the rest are only rows
     * of the table.
     */
    public record MoveGroup(String direction, List<CadreMove> moves, int total) {
    }

    /**
     * One moved cadre: who ({@code name}, {@code shortName} the given name), from which post (and
     * for how many months), to which post in which kind of unit ("xã"), since when, by which
     * decision, what followed, and the action programme presented for the new post.
     */
    public record CadreMove(String name, String shortName, String birthYear, String fromPost,
                            boolean fromTitled, String fromMonths, boolean fromMonthsApprox, String toPost,
                            String toPlace, String direction, String since, String moveVerbs, String otherVerbs,
                            String decidedBy, List<LaterPost> later, String stillHeldOn, String swapWith,
                            ActionPart action) {
    }

    public record LaterPost(String post, String on, String verbs) {
    }

    public record ActionPart(String presentedTo, String on, List<String> tasks, String aim) {
    }

    /** Results in one unit, with the cadre who led it then. */
    public record ResultGroup(String unitName, String leaderName, String leaderPost, List<ResultItem> items) {
    }

    /** {@code status}: dat, ke-hoach or du-kien. */
    public record ResultItem(String status, String title, String value, String period) {
    }

    public record TrainingPart(String unitName, String period, String learners, List<TrainingRow> rows) {
    }

    public record TrainingRow(String kind, String classes, String learners, String organiser, String period, String note) {
    }

    public record EvaluationPart(String unitName, String month, String evaluated, String groups,
                                 List<RatingCountView> counts, List<ProgrammeRef> basis, List<RatingView> individual) {
    }

    public record RatingCountView(String count, String rating, boolean orBetter) {
    }

    /** An individual rating: internal bulletins only. */
    public record RatingView(String name, String rating) {
    }

    /** "Công văn số 915", "Tỉnh ủy Quảng Nam", "ngày 05/04/2022". */
    public record ProgrammeRef(String name, String issuer, String on) {
    }

    /** A declared figure: "Tỷ lệ …", "7/20 (35%)", "tăng gần 8 điểm phần trăm", "tính đến ngày 04/07/2022". */
    public record FigureItem(String label, String value, String change, boolean changeUp, String period, String unitName,
                             String note) {
    }

    public record ProgrammeItem(ProgrammeRef ref, String title, String period, String note, List<TargetItem> targets) {
    }

    /** A target: "ít nhất" "2" (share: "%") "cán bộ luân chuyển về cơ sở mỗi năm" ({@code counted}) by "năm 2025". */
    public record TargetItem(String programme, String counted, String comparison, String threshold, boolean share,
                             String deadline, String note) {
    }

    public record ReviewItem(ProgrammeRef programme, String programmeTitle, String title, String on,
                             String chairName, List<String> chairPosts, String note) {
    }

    /** The figure box: targets against results, and bar charts. */
    public record Box(List<TargetRow> rows, List<Chart> charts) {
    }

    /**
     * A target against its result. {@code basis}: "records" (counted from the moves on record),
     * "declared" (a figure a source gave) or "none"; {@code status}: met, unmet, unrecorded (fewer on record than the target),
     * no-threshold (the document sets no number) or no-result.
     */
    public record TargetRow(TargetItem target, String result, String basis, String resultWhen, String status) {
    }

    /** A bar chart: {@code kind} names it (shares, moves, declared, training, ratings); {@code subject}: of what, when. */
    public record Chart(String kind, String subject, String unitLabel, List<Bar> bars) {
    }

    /** One bar, drawn in SVG: the track is {@code width} wide, the bar {@code barWidth}; a target marker at {@code markerX} (or -1). */
    public record Bar(String label, String value, int width, int height, int barWidth, int markerX, String target) {
    }

    public record MoveRow(String date, String name, String fromPost, String toPost, String kind, String direction) {
    }

    public record SourceItem(String id, String publication, String title, String section, String on, String time,
                             String author, String url) {
    }

    /** A quotation, only where the data has one (none yet). */
    public record Quote(String speaker, String role, String text) {
    }

    /** A photo with its caption, only where content provides one (none yet). */
    public record Photo(String src, String alt, String caption) {
    }
}
