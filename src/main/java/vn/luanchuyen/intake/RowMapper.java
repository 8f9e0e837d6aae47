package vn.luanchuyen.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.intake.sheet.OfficeCell;
import vn.luanchuyen.intake.sheet.SheetRow;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.Fold;

/**
 * Reads one row of a list into the loader's terms, reporting every part it cannot read, each
 * with the row's number: an unknown unit, post, department, date, kind of start, source.
 */
final class RowMapper {
    private final Header header;
    private final UnitMatcher units;
    private final Set<String> sources;
    private final String defaultSource;
    private final IntakeMessages messages;
    private final PostMatcher posts = new PostMatcher();
    private final TermMatcher<StartKind> starts = new TermMatcher<>(StartKind.class);
    private final TermMatcher<Gender> genders = new TermMatcher<>(Gender.class);
    private final TermMatcher<Department> departments = new TermMatcher<>(Department.class);
    private final TermMatcher<Body> bodies = new TermMatcher<>(Body.class);

    RowMapper(Header header, UnitMatcher units, Set<String> sources, String defaultSource, IntakeMessages messages) {
        this.header = header;
        this.units = units;
        this.sources = sources;
        this.defaultSource = defaultSource;
        this.messages = messages;
    }

    MappedRow map(SheetRow r, List<RowProblem> problems) {
        int row = r.number();
        int before = problems.size();
        String name = Fold.nfc(header.text(r, Column.NAME)).replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) problems.add(messages.error(row, "row.name-missing", Column.NAME.heading()));
        Unit unit = unit(r, problems);
        List<String> rowSources = sources(r, problems);
        List<TenureDraft> tenures = tenures(r, unit, rowSources, problems);
        Gender gender = term(r, Column.GENDER, genders, "row.gender-unknown", problems);
        String hometown = null;
        String town = header.text(r, Column.HOMETOWN);
        if (!town.isEmpty()) {
            UnitMatcher.Found found = units.find(town);
            if (found.only() != null) hometown = found.only().id();
            else problems.add(found.units().isEmpty() ? messages.error(row, "row.hometown-unknown", town)
                    : messages.error(row, "row.hometown-ambiguous", town, found.candidates()));
        }
        boolean ok = problems.size() == before;
        return new MappedRow(row, name.isEmpty() ? null : name, header.text(r, Column.CODE), gender, hometown,
                rowSources.stream().filter(sources::contains).toList(), ok ? tenures : List.of(), ok);
    }

    private Unit unit(SheetRow r, List<RowProblem> problems) {
        String id = header.text(r, Column.UNIT_ID);
        String text = id.isEmpty() ? header.text(r, Column.UNIT) : id;
        if (text.isEmpty()) {
            problems.add(messages.error(r.number(), "row.unit-missing", Column.UNIT.heading()));
            return null;
        }
        UnitMatcher.Found found = id.isEmpty() ? units.find(text) : units.byId(text);
        if (found.units().size() > 1) {
            problems.add(messages.error(r.number(), "row.unit-ambiguous", text, found.candidates()));
        } else if (found.units().isEmpty()) {
            problems.add(messages.error(r.number(), "row.unit-unknown", text));
        }
        return found.only();
    }

    private List<TenureDraft> tenures(SheetRow r, Unit unit, List<String> rowSources, List<RowProblem> problems) {
        int row = r.number();
        String postText = header.text(r, Column.POST);
        List<PostMatcher.Post> found = List.of();
        if (postText.isEmpty()) problems.add(messages.error(row, "row.post-missing", Column.POST.heading()));
        else {
            Optional<List<PostMatcher.Post>> p = posts.match(postText, unit);
            if (p.isEmpty()) problems.add(messages.error(row, "row.post-unknown", postText));
            else found = p.get();
        }
        Department department = term(r, Column.DEPARTMENT, departments, "row.department-unknown", problems);
        Body body = term(r, Column.BODY, bodies, "row.body-unknown", problems);
        PartialDate from = date(r, Column.FROM, Column.FROM_APPROXIMATE, problems);
        PartialDate to = date(r, Column.TO, Column.TO_APPROXIMATE, problems);
        PartialDate heldOn = date(r, Column.HELD_ON, null, problems);
        PartialDate decided = date(r, Column.DECISION_DATE, null, problems);
        if (allBlank(r, Column.FROM, Column.TO, Column.HELD_ON)) {
            problems.add(messages.error(row, "row.no-date", Column.FROM.heading(), Column.TO.heading()));
        }
        List<StartKind> began = began(r, problems);
        List<TenureDraft> out = new ArrayList<>();
        for (PostMatcher.Post p : found) {
            Department d = p.kind().body() == Body.PHONG ? pick(p.department(), department, row, problems) : null;
            Body b = p.kind() == PostKind.CAN_BO ? pick(p.body(), body, row, problems) : null;
            if (p.kind().body() == Body.PHONG && d == null && header.text(r, Column.DEPARTMENT).isEmpty()) {
                problems.add(messages.error(row, "row.department-missing", p.kind().label(), Column.DEPARTMENT.heading()));
            }
            if (p.kind() == PostKind.CAN_BO && b == null && header.text(r, Column.BODY).isEmpty()) {
                problems.add(messages.error(row, "row.body-missing", Column.BODY.heading()));
            }
            out.add(new TenureDraft(row, unit == null ? null : unit.id(), p.kind(), d, b, from, to, heldOn, began,
                    blankToNull(header.text(r, Column.DECISION_NUMBER)), decided, rowSources));
        }
        if (department != null && found.stream().noneMatch(p -> p.kind().body() == Body.PHONG)) {
            problems.add(messages.error(row, "row.department-unexpected", header.text(r, Column.DEPARTMENT), postText));
        }
        return out;
    }

    /** The department or body written in the post and in its own column must agree. */
    private <T extends Term> T pick(T inPost, T inColumn, int row, List<RowProblem> problems) {
        if (inPost != null && inColumn != null && inPost != inColumn) {
            problems.add(messages.error(row, "row.post-conflict", inPost.label(), inColumn.label()));
        }
        return inPost != null ? inPost : inColumn;
    }

    private <E extends Enum<E> & Term> E term(SheetRow r, Column c, TermMatcher<E> matcher,
                                                   String unknown, List<RowProblem> problems) {
        String text = header.text(r, c);
        if (text.isEmpty()) return null;
        String t = c == Column.DEPARTMENT ? text.replaceFirst("(?iu)^phòng\\s+", "") : text;
        Optional<E> e = matcher.find(t);
        if (e.isEmpty()) problems.add(messages.error(r.number(), unknown, text));
        return e.orElse(null);
    }

    private PartialDate date(SheetRow r, Column c, Column approximate, List<RowProblem> problems) {
        OfficeCell cell = header.cell(r, c);
        if (cell.isBlank()) return null;
        boolean about = approximate != null && OfficeDates.yes(header.text(r, approximate));
        PartialDate d = OfficeDates.parse(cell, about);
        if (d == null) problems.add(messages.error(r.number(), "row.date-invalid", cell.text(), c.heading()));
        return d;
    }

    private boolean allBlank(SheetRow r, Column... columns) {
        for (Column c : columns) if (!header.cell(r, c).isBlank()) return false;
        return true;
    }

    private List<StartKind> began(SheetRow r, List<RowProblem> problems) {
        List<StartKind> out = new ArrayList<>();
        for (String part : header.text(r, Column.BEGAN).split("[,;/+]|\\s+và\\s+")) {
            if (part.isBlank()) continue;
            Optional<StartKind> k = starts.find(part);
            if (k.isEmpty()) problems.add(messages.error(r.number(), "row.began-unknown", part.strip()));
            else if (!out.contains(k.get())) out.add(k.get());
        }
        return out;
    }

    /** The ids in the "Nguồn" cell (one, or several separated by commas), else the default source. */
    private List<String> sources(SheetRow r, List<RowProblem> problems) {
        String written = header.text(r, Column.SOURCE);
        List<String> ids = new ArrayList<>();
        for (String id : written.split("[,;\\s]+")) if (!id.isBlank() && !ids.contains(id)) ids.add(id);
        if (ids.isEmpty() && defaultSource != null) ids.add(defaultSource);
        if (ids.isEmpty()) problems.add(messages.error(r.number(), "row.source-missing", Column.SOURCE.heading()));
        for (String id : ids) {
            if (!sources.contains(id)) problems.add(messages.error(r.number(), "row.source-unknown", id));
        }
        return ids;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
