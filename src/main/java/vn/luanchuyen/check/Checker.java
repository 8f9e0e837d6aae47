package vn.luanchuyen.check;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.reuse.Memo;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * Runs every rule over a loaded dataset and reports all problems in one run.
 *
 * <pre>{@code
 * new Checker().check(dataset, diagnostics);
 * }</pre>
 */
public final class Checker {
    /** The rules over the whole data (some read every cadre together, as two holders of one post). */
    private final List<Rule> rules;
    /** The rules, and the parts of rules, that look at one cadre at a time. */
    private final List<CadreRule> cadreRules = List.of(
            new ReferenceRule(),
            new SourcesRequiredRule(),
            new TenureShapeRule(),
            new PeriodOrderRule(),
            new TenureInUnitLifetimeRule(),
            new ConcurrentPostsRule(),
            new TwoTermsRule(),
            new RotationLengthRule());
    private final RecordMemo<Cadre, List<Diagnostic>> perCadre;
    /** Where the index of the units comes from: kept between checks, or made each time. */
    private final Memo memo;

    public Checker() {
        this(RecordMemo.none(), SingleHolderRule.Kept.NOTHING, Memo.none());
    }

    private Checker(RecordMemo<Cadre, List<Diagnostic>> perCadre, SingleHolderRule.Kept holders, Memo memo) {
        this.perCadre = perCadre;
        this.memo = memo;
        this.rules = List.of(
                new DuplicateIdRule(),
                new ReferenceRule(),
                new SourcesRequiredRule(),
                new PeriodOrderRule(),
                new UnitTreeRule(),
                new SingleHolderRule(holders),
                new DeclaredFigureRule(),
                new EvaluationRule());
    }

    /**
     * A checker that keeps in {@code memo} what it found for the next check of this process: what
     * the cadre rules found in each cadre's record (looked at again only for the records of edited
     * files, while the units and the sources are the same) and the holders of each post (looked at
     * again only for the posts those cadres held). With {@link Memo#none()} it keeps nothing.
     */
    public static Checker keeping(Memo memo) {
        return new Checker(RecordMemo.in(memo, "check: cadres"), memo.keeps()
                ? memo.get("check: holders of each post", "kept", () -> new SingleHolderRule.Kept(true))
                : SingleHolderRule.Kept.NOTHING, memo);
    }

    /**
     * Runs the rules side by side: each reads the data only and writes its own diagnostics, added
     * to {@code out} in the rules' order, then what the cadre rules found, cadre by cadre.
     */
    public void check(Dataset data, Diagnostics out) {
        CheckContext ctx = CheckContext.of(data, UnitIndex.kept(memo, "check: index of the units", data.units()));
        ForkJoinTask<List<List<Diagnostic>>> cadres = ForkJoinPool.commonPool().submit(() ->
                perCadre.map(data.cadres(), List.of(data.units(), data.sources()), c -> {
                    Diagnostics found = new Diagnostics();
                    for (CadreRule rule : cadreRules) rule.check(ctx, c, found);
                    return found.sorted();
                }));
        rules.parallelStream().map(rule -> {
            Diagnostics found = new Diagnostics();
            rule.check(ctx, found);
            return found.sorted();
        }).toList().forEach(out::addAll);
        cadres.join().forEach(out::addAll);
    }
}
