package vn.luanchuyen.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Qualifier;

/** The figures of the sample data are the reports' figures, and the targets stand as the reports say. */
class SampleFiguresTest {
    private static Dataset data;
    private static FigureResolver figures;
    private static TargetEvaluator targets;
    private static LocalDate asOf;

    @BeforeAll
    static void load() {
        data = Checked.of(Path.of(".")).data();
        UnitIndex units = new UnitIndex(data.units());
        figures = new FigureResolver(data, units);
        asOf = ReferenceDate.of(data);
        targets = new TargetEvaluator(figures, new MoveStats(new MoveFinder(units).moves(data.cadres()), units), asOf);
    }

    private static Programme programme(String id) {
        return data.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void judgesOnTheLatestDateTheRecordsSpeakOf() {
        assertThat(asOf).isEqualTo(LocalDate.of(2022, 11, 24));
    }

    @Test
    void lapThachHasThirtyFivePercentNonLocalSecretariesAgainstThirty() {
        FigureValue v = figures.asOf("lap-thach", Indicator.NON_LOCAL_BI_THU, LocalDate.of(2022, 7, 4)).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo(n("7"));
        assertThat(v.of()).isEqualByComparingTo(n("20"));
        assertThat(v.percentage()).isEqualByComparingTo(n("35"));
        assertThat(v.basis()).isEqualTo(Basis.DECLARED);
        TargetResult r = targets.evaluate(programme("lap-thach-nghi-quyet-bi-thu")).get(0);
        assertThat(r.target().threshold()).isEqualByComparingTo(n("30"));
        assertThat(r.state()).isEqualTo(TargetState.MET);
    }

    @Test
    void giaNghiaHasSevenOfEightSecretariesAndEightOfEightChairsNonLocal() {
        FigureValue bt = figures.asOf("gia-nghia", Indicator.NON_LOCAL_BI_THU, asOf).orElseThrow();
        FigureValue ct = figures.asOf("gia-nghia", Indicator.NON_LOCAL_CHU_TICH_UBND, asOf).orElseThrow();
        assertThat(bt.value() + "/" + bt.of()).isEqualTo("7/8");
        assertThat(ct.value() + "/" + ct.of()).isEqualTo("8/8");
        assertThat(targets.evaluate(programme("dak-nong-chu-truong-2021-2026")))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(TargetState.NO_THRESHOLD));
    }

    @Test
    void tamDuongCountedOneHundredThirtySixMovesInTwoYears() {
        var moves = figures.declared("tam-duong", Indicator.MOVES);
        assertThat(moves).anySatisfy(v -> {
            assertThat(v.value()).isEqualByComparingTo(n("136"));
            assertThat(v.from()).isEqualTo(PartialDate.ofYear(2017));
        });
        assertThat(figures.declared("tam-duong", Indicator.MOVES_MANAGED_BY_STANDING_BOARD).get(0).value()).isEqualByComparingTo(n("82"));
        assertThat(figures.declared("tam-duong", Indicator.MOVES_TO_KEY_GRASSROOTS_POSTS).get(0).value()).isEqualByComparingTo(n("7"));
    }

    @Test
    void voNhaiMadeOverFiftyMovesFrom2016ToEarly2022() {
        FigureValue v = figures.declared("vo-nhai", Indicator.MOVES).get(0);
        assertThat(v.qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(v.value()).isEqualByComparingTo(n("50"));
        assertThat(v.from()).isEqualTo(PartialDate.ofYear(2016));
        assertThat(v.to().year()).isEqualTo(2022);
    }

    @Test
    void ninhPhuocEvaluatedFortyTwoCadresInJuly2022FortyOneGoodOrBetter() {
        PartialDate july = PartialDate.ofMonth(2022, 7);
        assertThat(figures.evaluated("ninh-phuoc", july, false).orElseThrow().value()).isEqualByComparingTo(n("42"));
        FigureValue good = figures.evaluated("ninh-phuoc", july, true).orElseThrow();
        assertThat(good.value() + "/" + good.of()).isEqualTo("41/42");
        assertThat(good.basis()).isEqualTo(Basis.RECORDS);
        assertThat(figures.evaluated("nong-son", july, false).orElseThrow().value()).as("a district sums its communes")
                .isEqualByComparingTo(n("42"));
    }

    @Test
    void voNhaiPerYearTargetsAreJudgedFromTheRecordsYearByYear() {
        TargetResult down = targets.evaluate(programme("vo-nhai-de-an-01")).get(0);
        assertThat(down.target().indicator()).isEqualTo(Indicator.MOVES_DOWN_PER_YEAR);
        assertThat(down.years()).extracting(TargetResult.YearResult::year, TargetResult.YearResult::count, TargetResult.YearResult::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2021, 1L, TargetState.MISSED),
                        org.assertj.core.groups.Tuple.tuple(2022, 0L, TargetState.BEHIND));
        assertThat(down.state()).isEqualTo(TargetState.BEHIND);
        assertThat(down.actual().basis()).isEqualTo(Basis.RECORDS);
    }
}
