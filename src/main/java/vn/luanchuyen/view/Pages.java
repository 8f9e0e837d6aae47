package vn.luanchuyen.view;

import java.util.List;
import vn.luanchuyen.view.Rows.AchievementRow;
import vn.luanchuyen.view.Rows.ActionRow;
import vn.luanchuyen.view.Rows.ArticleRef;
import vn.luanchuyen.view.Rows.EvaluationRow;
import vn.luanchuyen.view.Rows.EventRow;
import vn.luanchuyen.view.Rows.FigureRow;
import vn.luanchuyen.view.Rows.Headline;
import vn.luanchuyen.view.Rows.HolderRow;
import vn.luanchuyen.view.Rows.MoveRow;
import vn.luanchuyen.view.Rows.Pagination;
import vn.luanchuyen.view.Rows.PostHistory;
import vn.luanchuyen.view.Rows.ReviewRow;
import vn.luanchuyen.view.Rows.SourceRef;
import vn.luanchuyen.view.Rows.TargetRow;
import vn.luanchuyen.view.Rows.TenureRow;
import vn.luanchuyen.view.Rows.TrainingRow;

/**
 * What each template sees. A page is rendered by the template named in {@link Page#template()},
 * with the record as {@code page} and its {@link PageMeta} as {@code meta}.
 */
public final class Pages {
    private Pages() {
    }

    /** A page to write: where, with which template, from which record. */
    public record Page(String path, String template, PageMeta meta, Object page, List<String> files) {
        public Page {
            files = List.copyOf(files);
        }

        /** A page whose records come from the whole data (its date is the latest commit's). */
        public Page(String path, String template, PageMeta meta, Object page) {
            this(path, template, meta, page, List.of());
        }
    }

    /** One commit's changes to a record, for its page. */
    public record HistoryRow(String date, String dateIso, String commit, String message, List<String> changes) {
    }

    /** The newest record changes across the site; {@code total} of all ("4.106"), {@code more} when not all are listed. */
    public record ChangesPage(List<ChangeEntry> entries, String total, boolean more) {
    }

    public record ChangeEntry(String date, String dateIso, String commit, String message, String file, Link record,
                              List<String> changes) {
    }

    public record HomePage(List<Headline> headlines, List<MoveRow> latestMoves, List<ArticleRef> latestArticles,
                           List<Link> districts, List<Link> programmes, List<Rows.BulletinRef> bulletins) {
    }

    public record UnitPage(String name, String kind, List<Link> breadcrumbs, String status, List<EventRow> events,
                           List<Link> children, List<HolderRow> holders, List<PostHistory> history, List<MoveRow> moves,
                           Link allMoves, List<Link> programmes, List<FigureRow> figures, List<AchievementRow> achievements,
                           List<TrainingRow> trainings, List<EvaluationRow> evaluations, List<ArticleRef> articles,
                           List<SourceRef> sources, Link results, List<Link> terms, List<HistoryRow> changes,
                           List<Rows.BulletinRef> bulletins, Link allBulletins) {
    }

    public record CadrePage(String name, List<String> facts, List<String> current, List<TenureRow> timeline,
                            List<MoveRow> moves, List<ActionRow> actions, List<AchievementRow> achievements,
                            List<ArticleRef> articles, List<SourceRef> sources, List<HistoryRow> changes) {
    }

    public record ProgrammePage(String title, String kind, String issuer, String date, String period, Link scope,
                                String note, List<TargetRow> targets, List<Rows.TargetStatusRow> status, String asOf,
                                List<ReviewRow> reviews, List<SourceRef> sources) {
    }

    public record MovesPage(String heading, List<MoveRow> moves, Pagination pagination, List<Link> years,
                            List<Link> kinds, List<Link> directions, List<Link> places) {
    }

    /** A unit in the tree of units, with what became of it when it ended. */
    public record UnitNode(Link link, String note, List<UnitNode> children) {
    }

    public record UnitsIndexPage(List<UnitNode> roots) {
    }

    public record CadreEntry(Link link, String current) {
    }

    /**
     * A list of cadres: all of them, or when the list is split by the letter of the given name,
     * those under {@code letter} (empty on the page of letters). {@code letters} links every
     * letter's list, with its count on the page of letters; {@code count} is how many this page
     * lists, {@code total} how many cadres there are ("1.204", "103.881"; empty on a letter's page).
     */
    public record CadresIndexPage(List<CadreEntry> cadres, List<LetterLink> letters, String letter, String count, String total) {
    }

    /** A letter's list of cadres: "H", its link, how many ("1.204", empty where not shown), whether it is this page. */
    public record LetterLink(String letter, Link link, String count, boolean current) {
    }

    public record ProgrammeEntry(Link link, String kind, String issuer, String period) {
    }

    public record ProgrammesIndexPage(List<ProgrammeEntry> programmes) {
    }

    public record SourceEntry(String id, String publication, String title, String section, String date, String author,
                              String url) {
    }

    public record SourcesPage(List<SourceEntry> sources) {
    }

    /** A unit's results ("Thành tích"): figures with their basis, targets with their state, charts. */
    public record ResultsPage(String name, Link unit, String asOf, List<Rows.StatRow> figures,
                              List<Rows.TargetStatusRow> targets, List<Rows.Chart> charts, List<TrainingRow> trainings,
                              List<AchievementRow> achievements, List<SourceRef> sources) {
    }

    public record OverviewRow(Link district, Link results, String moves, String declaredMoves, String down, String nonLocalBiThu,
                              String nonLocalChuTich, String targets) {
    }

    /** The districts side by side. */
    public record OverviewPage(String asOf, List<OverviewRow> rows, Rows.Chart chart) {
    }

    /** Who held each key post of a unit during one term. */
    public record TermPage(String name, Link unit, String term, List<PostHistory> posts, List<Link> terms) {
    }

    /** Every PDF bulletin, newest period first; {@code since}: the first year they are made of ("" for every year with records). */
    public record BulletinsPage(List<Rows.BulletinRef> bulletins, String since) {
    }

    public record TagPage(String tag, List<ArticleRef> articles) {
    }

    /** Pages with nothing but their meta: search, not found. */
    public record Empty() {
    }
}
