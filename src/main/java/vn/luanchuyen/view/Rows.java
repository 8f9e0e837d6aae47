package vn.luanchuyen.view;

import java.util.List;

/** The rows pages are made of, every text already in Vietnamese and formatted for display. */
public final class Rows {
    private Rows() {
    }

    /** A cited source: its label ("Báo Thái Nguyên, năm 2022") and link. */
    public record SourceRef(String id, String label, Link link) {
    }

    /** One move: when, who, from which post (and unit) to which, how and which way. */
    public record MoveRow(String date, String dateIso, Link cadre, String fromPost, Link fromUnit, String toPost,
                          Link toUnit, String kind, String direction, String directionId) {
    }

    /** Who holds a key post now. */
    public record HolderRow(String post, Link cadre, String since, String locality, boolean nonLocal) {
    }

    /** One holder of a post over a period. */
    public record HolderPeriod(Link cadre, String period) {
    }

    /** The leadership history of one key post of a unit. */
    public record PostHistory(String post, List<HolderPeriod> holders) {
    }

    /** One post held, in a career timeline. */
    public record TenureRow(String post, Link unit, String period, String fromIso, String began, String decision,
                            String note) {
    }

    /** What happened to a unit. */
    public record EventRow(String date, String text, String basis, Link into) {
    }

    /** A declared figure: the text of the number and what it counts. */
    public record FigureRow(String value, String label, String period, String note, String origin,
                            List<SourceRef> sources) {
    }

    public record AchievementRow(String title, String value, String period, String status, Link cadre,
                                 List<SourceRef> sources) {
    }

    public record TrainingRow(String kind, String classes, String learners, String period, String organiser) {
    }

    public record EvaluationRow(String month, String evaluated, List<String> counts, List<String> individual) {
    }

    /** A target of a programme. */
    public record TargetRow(String indicator, String goal, String deadline, Link scope, String note) {
    }

    public record ReviewRow(String date, String title, Link chair, String note) {
    }

    public record ActionRow(String post, String presented, String presentedTo, List<String> tasks, String aim) {
    }

    public record ArticleRef(Link link, String date, String dateIso, String summary) {
    }

    /** A PDF bulletin: its address (bulletins/…pdf), title, the unit it is about, its period in words, and its end as an ISO date to sort by. */
    public record BulletinRef(Link link, String unit, String period, String sortKey) {
    }

    /** A headline number on the home page. */
    public record Headline(String value, String label, Link link) {
    }

    /** A chart with the same numbers as a table: the SVG (built and escaped in Java), a caption, the rows. */
    public record Chart(String svg, String caption, List<ChartRow> rows) {
    }

    public record ChartRow(String label, String value) {
    }

    /** A figure with where it comes from. */
    public record StatRow(String label, String value, String basis, String date, List<SourceRef> sources, String note) {
    }

    /** A target with how it stands. */
    public record TargetStatusRow(Link programme, String indicator, String goal, String deadline, String actual, String basis,
                                  String state, String stateId, List<String> years, List<SourceRef> sources) {
    }

    /**
     * Links to the other pages of a paginated list: {@code shown} holds the first and the last
     * page and those near this one, in order, with a gap (a link without address, "…") where
     * pages are left out, so that a list of thousands of pages does not put thousands of links
     * on each of them.
     */
    public record Pagination(int page, int pages, Link previous, Link next, List<Link> shown) {
    }
}
