package vn.luanchuyen.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.text.Fold;

/**
 * Groups rows into cadres: rows with the same name are one person, unless a "Mã" column gives
 * them different codes. Each cadre gets an id from the name, made unique against the project's
 * cadres, the files already in the output folder and each other: {@code nguyen-van-an}, then
 * {@code nguyen-van-an-<unit>}, then {@code -2}, {@code -3} … A name already in the project is
 * pointed out, since it may be the same person.
 */
final class CadreGrouper {
    private final Set<String> existing;
    private final IntakeMessages messages;

    CadreGrouper(Set<String> existing, IntakeMessages messages) {
        this.existing = existing;
        this.messages = messages;
    }

    List<CadreDraft> group(List<MappedRow> rows, List<RowProblem> problems) {
        Map<String, List<MappedRow>> people = new LinkedHashMap<>();
        for (MappedRow r : rows) {
            if (r.name() == null) continue;
            String key = r.name().toLowerCase(Locale.ROOT) + "\u0000" + r.code().strip();
            people.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Set<String> taken = new HashSet<>(existing);
        List<CadreDraft> out = new ArrayList<>();
        for (List<MappedRow> person : people.values()) {
            out.add(cadre(person, taken, problems));
        }
        return out;
    }

    private CadreDraft cadre(List<MappedRow> rows, Set<String> taken, List<RowProblem> problems) {
        boolean ok = rows.stream().allMatch(MappedRow::ok);
        Gender gender = null;
        String hometown = null;
        MappedRow genderRow = null;
        MappedRow hometownRow = null;
        for (MappedRow r : rows) {
            if (r.gender() != null && gender == null) {
                gender = r.gender();
                genderRow = r;
            } else if (r.gender() != null && r.gender() != gender) {
                problems.add(messages.error(r.row(), "row.conflict", Column.GENDER.heading(), r.gender().label(), genderRow.row(), gender.label()));
                ok = false;
            }
            if (r.hometown() != null && hometown == null) {
                hometown = r.hometown();
                hometownRow = r;
            } else if (r.hometown() != null && !r.hometown().equals(hometown)) {
                problems.add(messages.error(r.row(), "row.conflict", Column.HOMETOWN.heading(), r.hometown(), hometownRow.row(), hometown));
                ok = false;
            }
        }
        List<TenureDraft> tenures = rows.stream().flatMap(r -> r.tenures().stream())
                .sorted(Comparator.comparing(TenureDraft::start, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())))
                .toList();
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(r -> sources.addAll(r.sources()));
        List<Integer> numbers = rows.stream().map(MappedRow::row).toList();
        String id = id(rows.get(0), tenures, taken, problems);
        return new CadreDraft(id, rows.get(0).name(), gender, hometown, new ArrayList<>(sources), tenures, numbers, ok);
    }

    private String id(MappedRow first, List<TenureDraft> tenures, Set<String> taken, List<RowProblem> problems) {
        String base = Fold.slug(first.name());
        if (base.isEmpty()) base = "can-bo";
        String id = base;
        if (taken.contains(id) && !tenures.isEmpty() && tenures.get(0).unit() != null) id = base + "-" + tenures.get(0).unit();
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        if (!id.equals(base) && existing.contains(base)) problems.add(messages.note(first.row(), "row.same-name", base, id));
        taken.add(id);
        return id;
    }
}
