package vn.luanchuyen.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Review;
import vn.luanchuyen.model.Unit;

/**
 * Which bulletins a dataset makes: one per district (a level-2 unit) and year in which it has
 * records (moves, declared figures, achievements, evaluations, training, programme reviews); once
 * communes sit right under their province, as they have since the districts ended on 1 July 2025,
 * one per province and year from that day on in which it has records; and one per programme
 * review. In file-name order. With {@code years.from} set in bulletin.properties, none whose
 * period ends in an earlier year: a board that starts publishing in one year does not print the
 * years before it again ({@code luanchuyen bulletin} still makes any period on demand).
 *
 * <pre>{@code
 * for (BulletinSpec spec : new BulletinCatalog().specs(data)) writer.render(spec, data);
 * }</pre>
 */
public final class BulletinCatalog {
    private final int fromYear;

    /** Every year with records. */
    public BulletinCatalog() {
        this(BulletinConfig.EVERY_YEAR);
    }

    /** The bulletins of periods ending in {@code fromYear} or later ({@link BulletinConfig#EVERY_YEAR}: all). */
    BulletinCatalog(int fromYear) {
        this.fromYear = fromYear;
    }

    public List<BulletinSpec> specs(Dataset data) {
        return specs(new DataIndex(data));
    }

    List<BulletinSpec> specs(DataIndex index) {
        Dataset data = index.data();
        List<BulletinSpec> out = new ArrayList<>();
        for (Unit district : data.units()) {
            if (index.units().level(district.id()) != 2) continue;
            for (int year : years(index, district.id())) {
                PartialDate y = PartialDate.ofYear(year);
                out.add(new BulletinSpec(district.id() + "-" + year + ".pdf", BulletinTitles.year(index, district, year),
                        district.id(), y, y, BulletinSpec.DISTRICT_YEAR));
            }
        }
        out.addAll(twoTier(index));
        out.addAll(reviews(index));
        out.removeIf(spec -> spec.to().year() < fromYear);
        out.sort(Comparator.comparing(BulletinSpec::fileName));
        return List.copyOf(out);
    }

    /** A bulletin of any unit over any period, as the command line asks. */
    public BulletinSpec period(Dataset data, String unit, PartialDate from, PartialDate to) {
        DataIndex index = new DataIndex(data);
        Unit u = index.unit(unit).orElseThrow(() -> new BulletinException("không có đơn vị \"" + unit + "\" trong data/units"));
        if (to.latest().isBefore(from.earliest())) {
            throw new BulletinException("kỳ không hợp lệ: " + from + " sau " + to);
        }
        String name = unit + "-" + from + "-" + to + ".pdf";
        return new BulletinSpec(name.replace("~", ""), BulletinTitles.period(index, u, from, to), unit, from, to, BulletinSpec.PERIOD);
    }

    private static Set<Integer> years(DataIndex index, String district) {
        return years(index, district, null);
    }

    /**
     * The years of the unit's records (or of those that may fall on or after {@code since}, when
     * given): every record within it, as its bulletins would tell them.
     */
    private static Set<Integer> years(DataIndex index, String unit, LocalDate since) {
        Dataset d = index.data();
        // a province's moves are thousands over a few years: marked as plain numbers (four digits, as
        // the loader takes them), then boxed once each
        java.util.BitSet found = new java.util.BitSet();
        for (Move m : index.movesAnyOrder(unit)) {
            PartialDate date = m.date();
            if (date != null && (since == null || mayFallOnOrAfter(date, since))) found.set(date.year());
        }
        Set<Integer> years = new TreeSet<>();
        found.stream().forEach(years::add);
        Stream.of(
                d.figures().stream().filter(f -> index.within(f.unit(), unit)).map(RecordDates::of),
                d.achievements().stream().filter(a -> index.within(a.unit(), unit)).map(RecordDates::of),
                d.trainings().stream().filter(t -> index.within(t.unit(), unit)).map(RecordDates::of),
                d.evaluations().stream().filter(e -> index.within(e.unit(), unit)).map(RecordDates::of),
                d.programmes().stream().filter(p -> PeriodRecords.concerns(index, p, unit))
                        .flatMap(p -> p.reviews().stream()).map(Review::date))
                .flatMap(s -> s)
                .filter(java.util.Objects::nonNull)
                .filter(date -> since == null || !date.latest().isBefore(since))
                .forEach(date -> years.add(date.year()));
        return years;
    }

    /** Whether a date, as precise as it is written, may fall on or after {@code day}. */
    private static boolean mayFallOnOrAfter(PartialDate date, LocalDate day) {
        return date.year() != day.getYear() ? date.year() > day.getYear() : !date.latest().isBefore(day);
    }

    /**
     * After the districts: one bulletin per province and year from the first day a commune sits
     * right under it (the day its link to the province begins, or the commune's own first day),
     * the first year's bulletin starting on that day so that it does not tell again what the
     * districts' bulletins told. A link with no date says nothing of when, and makes none.
     */
    private static List<BulletinSpec> twoTier(DataIndex index) {
        Map<String, LocalDate> since = new java.util.TreeMap<>();
        for (Unit u : index.data().units()) {
            if (u.type() == null || !u.type().isGrassroots()) continue;
            for (ParentLink link : u.parents()) {
                if (index.units().level(link.unit()) != 1) continue;
                PartialDate from = link.from() != null ? link.from() : u.validFrom();
                if (from != null) since.merge(link.unit(), from.earliest(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<BulletinSpec> out = new ArrayList<>();
        since.forEach((id, first) -> {
            Unit province = index.unit(id).orElseThrow();
            for (int year : years(index, id, first)) {
                boolean whole = year > first.getYear() || first.getDayOfYear() == 1;
                PartialDate from = whole ? PartialDate.ofYear(year) : PartialDate.of(first);
                PartialDate to = whole ? from : PartialDate.of(LocalDate.of(year, 12, 31));
                String title = whole ? BulletinTitles.year(index, province, year) : BulletinTitles.period(index, province, from, to);
                out.add(new BulletinSpec(id + "-" + year + ".pdf", title, id, from, to, BulletinSpec.PROVINCE_YEAR));
            }
        });
        return out;
    }

    /** One bulletin per unit and review date; named after the programme, or after the unit when several share the day. */
    private static List<BulletinSpec> reviews(DataIndex index) {
        Map<String, List<Programme>> byUnitAndDate = new LinkedHashMap<>();
        Map<String, PartialDate> dates = new LinkedHashMap<>();
        for (Programme p : index.data().programmes()) {
            String unit = p.scope() != null ? p.scope() : p.issuerUnit();
            if (unit == null || index.unit(unit).isEmpty()) continue;
            for (Review r : p.reviews()) {
                String key = unit + "|" + r.date();
                byUnitAndDate.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                dates.put(key, r.date());
            }
        }
        List<BulletinSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        byUnitAndDate.forEach((key, programmes) -> {
            String unitId = key.substring(0, key.indexOf('|'));
            Unit unit = index.unit(unitId).orElseThrow();
            PartialDate date = dates.get(key);
            Programme first = programmes.get(0);
            String base = programmes.size() == 1 ? first.id() + "-so-ket" : unitId + "-so-ket-" + date.toString().replace("~", "");
            String name = base + ".pdf";
            for (int i = 2; !names.add(name); i++) name = base + "-" + i + ".pdf";
            PartialDate from = first.from() != null ? first.from() : first.date() != null ? first.date() : date;
            out.add(new BulletinSpec(name, BulletinTitles.review(index, unit, programmes, date), unitId, from, date,
                    BulletinSpec.PROGRAMME_REVIEW));
        });
        return out;
    }
}
