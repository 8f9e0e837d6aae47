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

    public void check(Dataset data, Diagnostics out) {
        CheckContext ctx = CheckContext.of(data);
        for (Rule rule : rules) {
            rule.check(ctx, out);
        }
    }
}
