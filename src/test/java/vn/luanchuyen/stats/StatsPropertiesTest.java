package vn.luanchuyen.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PersonName;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.model.Visibility;

/** On generated careers: per-unit counts add up to the totals, and no share exceeds its whole. */
class StatsPropertiesTest {
    private static final Origin HERE = Origin.at(SourcePos.file("generated"));
    private static final List<String> COMMUNES = List.of("xa-1", "xa-2", "xa-3", "xa-4");
    private static final List<String> UNITS = List.of("tinh", "huyen-1", "huyen-2", "xa-1", "xa-2", "xa-3", "xa-4");

    private static List<Unit> units() {
        List<Unit> u = new ArrayList<>();
        u.add(unit("tinh", UnitType.TINH, null));
        u.add(unit("huyen-1", UnitType.HUYEN, "tinh"));
        u.add(unit("huyen-2", UnitType.HUYEN, "tinh"));
        u.add(unit("xa-1", UnitType.XA, "huyen-1"));
        u.add(unit("xa-2", UnitType.XA, "huyen-1"));
        u.add(unit("xa-3", UnitType.PHUONG, "huyen-2"));
        u.add(unit("xa-4", UnitType.THI_TRAN, "huyen-2"));
        return u;
    }

    private static Unit unit(String id, UnitType type, String parent) {
        List<ParentLink> parents = parent == null ? List.of() : List.of(new ParentLink(parent, null, null, HERE));
        return new Unit(id, null, id, type, parents, null, null, List.of(), List.of(), Visibility.PUBLIC, HERE);
    }

    record Step(String unit, PostKind post, int year, int month, StartKind began) {
    }

    @Provide
    Arbitrary<List<List<Step>>> careers() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(UNITS), Arbitraries.of(PostKind.BI_THU, PostKind.CHU_TICH_UBND,
                        PostKind.CHANH_VAN_PHONG), Arbitraries.integers().between(2015, 2025), Arbitraries.integers().between(0, 12),
                Arbitraries.of(StartKind.class)).as(Step::new);
        return step.list().ofMaxSize(5).list().ofMaxSize(12);
    }

    private static List<Cadre> cadres(List<List<Step>> careers) {
        List<Cadre> out = new ArrayList<>();
        int i = 0;
        for (List<Step> career : careers) {
            List<Tenure> tenures = new ArrayList<>();
            for (Step s : career) {
                tenures.add(new Tenure(s.unit(), s.post(), null, null, new PartialDate(s.year(), s.month(), 0, false), null, null,
                        List.of(s.began()), null, null, List.of(), Visibility.PUBLIC, HERE));
            }
            String home = COMMUNES.get(i % COMMUNES.size());
            out.add(new Cadre("c" + i++, new PersonName("Nguyễn Văn " + i, null), Gender.NAM, home, null, tenures, List.of(),
                    List.of("s"), Visibility.PUBLIC, HERE));
        }
        return out;
    }

    @Property(tries = 200)
    void countsByDirectionKindAndYearAddUpToTheTotal(@ForAll("careers") List<List<Step>> careers) {
        UnitIndex index = new UnitIndex(units());
        List<Move> moves = new MoveFinder(index).moves(cadres(careers));
        MoveStats stats = new MoveStats(moves, index);
        for (String scope : UNITS) {
            int total = stats.in(scope).size();
            assertThat(stats.byDirection(scope).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
            assertThat(stats.byKind(scope).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
            assertThat(stats.byYear(scope, m -> true).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        }
        assertThat(stats.in("tinh")).hasSize(moves.size());
        long belowProvince = moves.stream().filter(m -> !m.to().unit().equals("tinh")
                || (m.from() != null && !m.from().unit().equals("tinh"))).count();
        assertThat(stats.in("huyen-1").size() + stats.in("huyen-2").size()).as("a move may touch two districts")
                .isGreaterThanOrEqualTo((int) belowProvince);
        assertThat(stats.in("tinh")).containsAll(stats.in("huyen-1")).containsAll(stats.in("huyen-2"));
    }

    @Property(tries = 200)
    void aShareNeverExceedsItsWhole(@ForAll("careers") List<List<Step>> careers,
                                    @ForAll("years") int year) {
        List<Unit> units = units();
        UnitIndex index = new UnitIndex(units);
        LocalShares shares = new LocalShares(units, cadres(careers), index);
        for (String scope : UNITS) {
            for (PostKind post : List.of(PostKind.BI_THU, PostKind.CHU_TICH_UBND)) {
                LocalShares.Tally t = shares.of(scope, post, LocalDate.of(year, 6, 30));
                assertThat(t.nonLocal()).isLessThanOrEqualTo(t.units());
                assertThat(t.units()).isLessThanOrEqualTo(COMMUNES.size());
                FigureValue v = FigureValue.share(t.nonLocal(), t.units(), PartialDate.ofYear(year));
                if (v.percentage() != null) assertThat(v.percentage().doubleValue()).isBetween(0.0, 100.0);
            }
        }
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2014, 2026);
    }
}
