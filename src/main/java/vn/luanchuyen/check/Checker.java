package vn.luanchuyen.check;

import java.util.List;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Dataset;

/**
 * Runs every rule over a loaded dataset and reports all problems in one run.
 *
 * <pre>{@code
 * new Checker().check(dataset, diagnostics);
 * }</pre>
 */
public final class Checker {
    private final List<Rule> rules = List.of(
            new DuplicateIdRule(),
            new ReferenceRule(),
            new SourcesRequiredRule(),
            new TenureShapeRule(),
            new PeriodOrderRule(),
            new UnitTreeRule(),
            new TenureInUnitLifetimeRule(),
            new SingleHolderRule(),
            new ConcurrentPostsRule(),
            new TwoTermsRule(),
            new RotationLengthRule(),
            new DeclaredFigureRule(),
            new EvaluationRule());

    /**
     * Runs the rules side by side: each reads the data only and writes its own diagnostics, added
     * to {@code out} in the rules' order.
     */
    public void check(Dataset data, Diagnostics out) {
        CheckContext ctx = CheckContext.of(data);
        rules.parallelStream().map(rule -> {
            Diagnostics found = new Diagnostics();
            rule.check(ctx, found);
            return found.sorted();
        }).toList().forEach(out::addAll);
    }
}
